package com.didtron.activities.creditnote;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.db.tables.records.CreditNoteRecord;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.settlement.DocumentCounter;
import com.didtron.activities.settlement.FinanceMail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.DocumentNumbers;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.creditnote.CreditNoteActivities;
import com.didtron.workflows.creditnote.CreditNoteStep;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The effects of the approval workflow; each one transaction, idempotent on the credit note. */
@Component
class CreditNoteActivitiesImpl implements CreditNoteActivities {
  private final JooqCreditNoteRepository notes;
  private final DocumentCounter counter;
  private final CreditNotePosting posting;
  private final CreditNoteDocument document;
  private final BalanceMonitor balances;
  private final FinanceMail mail;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  CreditNoteActivitiesImpl(
      JooqCreditNoteRepository notes,
      DocumentCounter counter,
      CreditNotePosting posting,
      CreditNoteDocument document,
      BalanceMonitor balances,
      FinanceMail mail,
      Outbox outbox,
      AuditTrail audit,
      Clock clock) {
    this.notes = notes;
    this.counter = counter;
    this.posting = posting;
    this.document = document;
    this.balances = balances;
    this.mail = mail;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void remind(CreditNoteStep step) {
    CreditNoteRecord r = lock(step);
    if (!r.getStatus().isPending()) {
      return;
    }
    r.setReminders(Math.max(r.getReminders(), step.count()));
    r.store();
    CreditNote n = notes.get(r.getId()).orElseThrow();
    mail.toFinance(
        n.tenantId(),
        "credit-note-reminder:" + n.id() + ":" + step.count(),
        "CREDIT_NOTE_REMINDER",
        "Reminder: credit note against " + n.invoiceNumber() + " waits for your decision",
        describe(n) + " It waits in the finance task inbox.");
  }

  @Override
  @Transactional
  public void escalate(CreditNoteStep step) {
    CreditNoteRecord r = lock(step);
    if (!r.getStatus().isPending() || r.getEscalatedAt() != null) {
      return;
    }
    r.setEscalatedAt(clock.instant());
    r.store();
    CreditNote n = notes.get(r.getId()).orElseThrow();
    mail.escalation(
        n.tenantId(),
        "credit-note-escalation:" + n.id(),
        "CREDIT_NOTE_ESCALATION",
        "Escalation: credit note against " + n.invoiceNumber() + " is still undecided",
        describe(n) + " Nobody decided it in time; it is escalated to you.");
  }

  @Override
  @Transactional
  public String approve(CreditNoteStep step) {
    CreditNoteRecord r = lock(step);
    if (r.getStatus() == CreditNoteStatus.APPROVED) {
      return r.getNumber();
    }
    CreditNoteStatus approved;
    try {
      approved = r.getStatus().approve();
    } catch (IllegalStateException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "credit note " + r.getId() + " is " + r.getStatus(), "NotPending");
    }
    TenantId tenant = new TenantId(r.getTenantId());
    long seq = counter.next(tenant, DocumentNumbers.Kind.CREDIT_NOTE);
    r.setSeq(seq);
    r.setNumber(DocumentNumbers.format(DocumentNumbers.Kind.CREDIT_NOTE, seq));
    r.setStatus(approved);
    r.setDecidedBy(step.decision().decidedBy());
    r.setDecidedAt(clock.instant());
    r.setDecisionNote(step.decision().note());
    r.store();
    CreditNote n = notes.get(r.getId()).orElseThrow();
    posting.post(n, step.workflowId());
    balances.changed(tenant, n.accountId());
    r.setPdf(document.render(n));
    r.store();
    audit.record(
        decider(step, tenant),
        tenant,
        AuditAction.UPDATE,
        "credit_note",
        n.id().toString(),
        Map.of("status", CreditNoteStatus.PENDING.name()),
        Map.of("status", CreditNoteStatus.APPROVED.name(), "number", n.number()),
        step.workflowId());
    mail.toCustomer(
        n.tenantId(),
        new AccountId(n.accountId().value()),
        "credit-note:" + n.id(),
        "CREDIT_NOTE",
        "Credit note " + n.number() + " for invoice " + n.invoiceNumber(),
        "We credited "
            + AmountFormat.of(n.amount())
            + " against invoice "
            + n.invoiceNumber()
            + " ("
            + n.reason()
            + "). The PDF is in the portal.");
    return n.number();
  }

  @Override
  @Transactional
  public void reject(CreditNoteStep step) {
    CreditNoteRecord r = lock(step);
    if (!r.getStatus().isPending()) {
      return;
    }
    r.setStatus(r.getStatus().reject());
    r.setDecidedBy(step.decision().decidedBy());
    r.setDecidedAt(clock.instant());
    r.setDecisionNote(step.decision().note());
    r.store();
    TenantId tenant = new TenantId(r.getTenantId());
    audit.record(
        decider(step, tenant),
        tenant,
        AuditAction.UPDATE,
        "credit_note",
        r.getId().toString(),
        Map.of("status", CreditNoteStatus.PENDING.name()),
        Map.of(
            "status",
            CreditNoteStatus.REJECTED.name(),
            "note",
            String.valueOf(r.getDecisionNote())),
        step.workflowId());
  }

  private CreditNoteRecord lock(CreditNoteStep step) {
    return notes
        .lock(step.creditNoteId())
        .filter(r -> r.getTenantId().equals(step.tenantId()))
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "no credit note " + step.creditNoteId(), "NoNote"));
  }

  private static Actor decider(CreditNoteStep step, TenantId tenant) {
    Actor system = Actor.system("credit-note", tenant);
    return new Actor(null, step.decision().decidedBy(), tenant, system.roles(), null);
  }

  private static String describe(CreditNote n) {
    return "Credit note of "
        + AmountFormat.of(n.amount())
        + " against invoice "
        + n.invoiceNumber()
        + " of "
        + n.accountName()
        + " ("
        + n.reason()
        + "), created by "
        + n.createdBy()
        + ".";
  }
}
