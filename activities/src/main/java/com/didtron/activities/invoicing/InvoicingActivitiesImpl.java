package com.didtron.activities.invoicing;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.invoicing.InvoiceOverdueWorkflow;
import com.didtron.workflows.invoicing.InvoiceRef;
import com.didtron.workflows.invoicing.InvoiceRunPlan;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import com.didtron.workflows.invoicing.InvoicingActivities;
import com.didtron.workflows.invoicing.IssueInvoiceRequest;
import com.didtron.workflows.invoicing.IssuedInvoice;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice run's steps; each one transaction and idempotent (see {@link InvoicingActivities}).
 */
@Component
class InvoicingActivitiesImpl implements InvoicingActivities {
  private static final Logger log = LoggerFactory.getLogger(InvoicingActivitiesImpl.class);

  private final InvoiceIssuer issuer;
  private final JooqInvoiceRepository invoices;
  private final InvoiceDocument document;
  private final Outbox outbox;
  private final SettlementSettings settings;
  private final Clock clock;
  private final WorkflowLauncher launcher;
  private final StoredFiles files;

  InvoicingActivitiesImpl(
      InvoiceIssuer issuer,
      JooqInvoiceRepository invoices,
      InvoiceDocument document,
      Outbox outbox,
      SettlementSettings settings,
      Clock clock,
      WorkflowLauncher launcher,
      StoredFiles files) {
    this.files = files;
    this.launcher = launcher;
    this.issuer = issuer;
    this.invoices = invoices;
    this.document = document;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public InvoiceRunPlan plan(InvoiceRunRequest request) {
    Accounts.Billed account =
        issuer.account(new TenantId(request.tenantId()), request.accountId(), false);
    BillingPeriod period = issuer.period(account, request.periodKey());
    return new InvoiceRunPlan(
        period.cycle().name(),
        period.key(),
        period.closesAt(account.terms().zone(), settings.closeDelay()).toEpochMilli());
  }

  @Override
  public IssuedInvoice issue(IssueInvoiceRequest request) {
    return issuer.issue(request);
  }

  @Override
  @Transactional
  public void renderPdf(InvoiceRef ref) {
    Invoice invoice = invoice(ref);
    if (!invoice.hasPdf()) {
      byte[] pdf = document.render(invoice, invoices.lines(invoice.id()));
      StoredFile file =
          files.keepGenerated(
              Actor.system("invoice-run", invoice.tenantId()),
              invoice.tenantId(),
              invoice.accountId(),
              FileKind.INVOICE_PDF,
              invoice.number() + ".pdf",
              pdf);
      if (!invoices.linkPdf(invoice.id(), file.id())) {
        throw new IllegalStateException("Invoice " + invoice.number() + " got its PDF meanwhile");
      }
    }
  }

  @Override
  @Transactional
  public void email(InvoiceRef ref) {
    Invoice i = invoice(ref);
    String to = issuer.account(i.tenantId(), i.accountId().value(), false).account().email();
    if (to == null || to.isBlank()) {
      log.info(
          "Invoice {} not emailed: account {} has no email address", i.number(), i.accountId());
      return;
    }
    String due =
        i.billingMode() == BillingMode.POSTPAID
            ? "Amount due: " + AmountFormat.of(i.total())
            : "Settled from your prepaid balance.";
    String text =
        "Your invoice "
            + i.number()
            + " for "
            + i.period().key()
            + " is ready: total "
            + AmountFormat.of(i.total())
            + ". "
            + due
            + " Download the PDF in the portal under Invoices.";
    outbox.enqueue(
        new EmailDraft(
            "invoice:" + i.id(),
            "INVOICE",
            i.tenantId(),
            to,
            i.accountName(),
            "Invoice " + i.number() + " for " + i.period().key(),
            "<p>" + DocumentHtml.esc(text) + "</p>",
            text));
    invoices.markEmailed(i.id(), clock.instant());
  }

  @Override
  public void watchOverdue(InvoiceRef ref) {
    Invoice i = invoice(ref);
    if (i.status().isOpen()) {
      launcher.start(
          new WorkflowLauncher.Start(
              InvoiceOverdueWorkflow.class,
              InvoiceOverdueWorkflow.workflowId(i.id()),
              "invoice " + i.number() + " due " + i.dueDate(),
              i.tenantId(),
              null,
              ref));
    }
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
}
