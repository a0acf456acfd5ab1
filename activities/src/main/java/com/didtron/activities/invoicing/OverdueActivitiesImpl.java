package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.switchsync.SwitchAccountStatus;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.workflows.invoicing.InvoiceRef;
import com.didtron.workflows.invoicing.OverdueActivities;
import com.didtron.workflows.invoicing.OverduePlan;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The overdue watch's steps (see {@link OverdueActivities}); each one transaction, idempotent. */
@Component
class OverdueActivitiesImpl implements OverdueActivities {
  private final JooqInvoiceRepository invoices;
  private final JooqInvoiceStatusRepository status;
  private final InvoiceIssuer issuer;
  private final InvoiceSettlement settlement;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final List<SwitchAccountStatus> switches;
  private final SettlementSettings settings;
  private final DSLContext db;
  private final Clock clock;

  OverdueActivitiesImpl(
      JooqInvoiceRepository invoices,
      JooqInvoiceStatusRepository status,
      InvoiceIssuer issuer,
      InvoiceSettlement settlement,
      Outbox outbox,
      AuditTrail audit,
      List<SwitchAccountStatus> switches,
      SettlementSettings settings,
      DSLContext db,
      Clock clock) {
    this.invoices = invoices;
    this.status = status;
    this.issuer = issuer;
    this.settlement = settlement;
    this.outbox = outbox;
    this.audit = audit;
    this.switches = switches;
    this.settings = settings;
    this.db = db;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public OverduePlan plan(InvoiceRef ref) {
    Invoice i = invoice(ref);
    String zone =
        db.select(INVOICE.TIME_ZONE)
            .from(INVOICE)
            .where(INVOICE.ID.eq(i.id()))
            .fetchSingle()
            .value1();
    long overdueAt =
        i.dueDate().plusDays(1).atStartOfDay(BillingTerms.zone(zone)).toInstant().toEpochMilli();
    return new OverduePlan(
        overdueAt,
        settings.overdueBlock(),
        Duration.ofHours(settings.overdueBlockAfterHours()).toMillis(),
        Duration.ofHours(Math.max(1, settings.overdueRecheckHours())).toMillis());
  }

  @Override
  @Transactional
  public boolean markOverdue(InvoiceRef ref) {
    Invoice i = invoice(ref);
    if (closedByCredit(i)) {
      return false;
    }
    if (i.status() == InvoiceStatus.ISSUED
        && status.status(i.id(), InvoiceStatus.ISSUED, InvoiceStatus.OVERDUE)) {
      audit.record(
          Actor.system("invoicing", i.tenantId()),
          i.tenantId(),
          AuditAction.UPDATE,
          "invoice",
          i.id().toString(),
          Map.of("status", "ISSUED"),
          Map.of("status", "OVERDUE"),
          workflowId());
      return true;
    }
    return i.status() == InvoiceStatus.OVERDUE;
  }

  @Override
  @Transactional
  public void remind(InvoiceRef ref) {
    Invoice i = invoice(ref);
    String to = issuer.account(i.tenantId(), i.accountId().value(), false).account().email();
    if (to == null || to.isBlank()) {
      return;
    }
    String text =
        "Your invoice "
            + i.number()
            + " was due on "
            + i.dueDate()
            + ". Still to pay: "
            + AmountFormat.of(i.outstanding())
            + "."
            + (settings.overdueBlock()
                ? " Without payment new calls will be blocked in "
                    + settings.overdueBlockAfterHours()
                    + " hours."
                : "");
    outbox.enqueue(
        new EmailDraft(
            "invoice-overdue:" + i.id(),
            "INVOICE_OVERDUE",
            i.tenantId(),
            to,
            i.accountName(),
            "Invoice " + i.number() + " is overdue",
            "<p>" + DocumentHtml.esc(text) + "</p>",
            text));
  }

  @Override
  @Transactional
  public boolean block(InvoiceRef ref) {
    Invoice i = invoice(ref);
    if (!i.status().isOpen() || closedByCredit(i)) {
      return false;
    }
    if (status.block(i.tenantId(), i.accountId(), i.id(), workflowId(), clock.instant())) {
      audit.record(
          Actor.system("invoicing", i.tenantId()),
          i.tenantId(),
          AuditAction.UPDATE,
          "account_block",
          i.accountId().toString(),
          Map.of("blocked", "no"),
          Map.of("blocked", "overdue " + i.number()),
          workflowId());
      InvoiceSettlement.afterCommit(
          () ->
              switches.forEach(
                  s ->
                      s.statusChanged(
                          i.tenantId(), i.accountId(), SwitchAccountStatus.BLOCKED_OVERDUE)));
    }
    return true;
  }

  @Override
  @Transactional
  public boolean settled(InvoiceRef ref) {
    Invoice i = invoice(ref);
    return !i.status().isOpen() || closedByCredit(i);
  }

  /**
   * An open invoice that approved credit notes (with any payments) cover is closed here: PAID if
   * payments took part, else CANCELLED (credited in full).
   */
  private boolean closedByCredit(Invoice i) {
    if (!i.status().isOpen() || !i.outstanding().isZero() || i.credited().isZero()) {
      return false;
    }
    settlement.settled(
        i.tenantId(), i, !i.paid().isZero() ? InvoiceStatus.PAID : InvoiceStatus.CANCELLED);
    return true;
  }

  @Override
  @Transactional
  public void unblock(InvoiceRef ref) {
    Invoice i = invoice(ref);
    settlement.unblock(i.tenantId(), i.accountId(), i.id());
  }

  private Invoice invoice(InvoiceRef ref) {
    return invoices
        .get(ref.invoiceId())
        .filter(i -> i.tenantId().value().equals(ref.tenantId()))
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "no invoice " + ref.invoiceId(), "NoInvoice"));
  }

  private static String workflowId() {
    return Activity.getExecutionContext().getInfo().getWorkflowId();
  }
}
