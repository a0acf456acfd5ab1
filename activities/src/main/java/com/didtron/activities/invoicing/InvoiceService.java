package com.didtron.activities.invoicing;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import com.didtron.workflows.invoicing.InvoiceRunWorkflow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices for people and the API: lists (staff: the tenant's; customers: their own), one invoice
 * with its lines, its PDF, and invoice runs started by hand for a period.
 */
@Service
@Facade
public class InvoiceService {
  private final JooqInvoiceRepository invoices;
  private final InvoiceDocument document;
  private final AccountService accounts;
  private final BillingSettingsService billing;
  private final WorkflowLauncher launcher;
  private final WorkflowStatusReader status;

  private final StoredFiles files;

  InvoiceService(
      JooqInvoiceRepository invoices,
      InvoiceDocument document,
      AccountService accounts,
      BillingSettingsService billing,
      WorkflowLauncher launcher,
      WorkflowStatusReader status,
      StoredFiles files) {
    this.files = files;
    this.invoices = invoices;
    this.document = document;
    this.accounts = accounts;
    this.billing = billing;
    this.launcher = launcher;
    this.status = status;
  }

  /** Invoices newest first: of {@code account} when given; a portal user sees only its own. */
  @Transactional(readOnly = true)
  public Page<Invoice> find(Actor actor, AccountId account, PageRequest page) {
    if (!actor.isStaff()) {
      AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
      if (account != null && !account.equals(own)) {
        throw new AccessDenied("No such account");
      }
      return invoices.find(actor.tenantId(), own, page);
    }
    if (account != null) {
      accounts.get(actor, account);
    }
    return invoices.find(actor.tenantId(), account, page);
  }

  /** One invoice the actor may see; refused alike whether missing or someone else's. */
  @Transactional(readOnly = true)
  public Invoice get(Actor actor, UUID id) {
    Invoice i = invoices.get(id).orElseThrow(() -> new AccessDenied("No such invoice"));
    try {
      AccessPolicy.requireCanView(actor, i.tenantId(), i.accountId());
    } catch (AccessDenied e) {
      throw new AccessDenied("No such invoice");
    }
    return i;
  }

  @Transactional(readOnly = true)
  public List<InvoiceLine> lines(Actor actor, UUID id) {
    return invoices.lines(get(actor, id).id());
  }

  /** The stored PDF (rendered now if the run has not stored it yet). */
  @Transactional(readOnly = true)
  public byte[] pdf(Actor actor, UUID id) {
    Invoice i = get(actor, id);
    Optional<UUID> stored = invoices.pdfFile(i.id());
    if (stored.isPresent()) {
      return files.bytesOf(stored.get());
    }
    return invoices
        .pdf(i.id())
        .filter(p -> p != null && p.length > 0)
        .orElseGet(() -> document.render(i, invoices.lines(i.id())));
  }

  /**
   * Starts the invoice run of an account for a period of its cycle (super admins and finance). A
   * run that exists is answered with that run; an invoice already issued is never issued again.
   */
  public WorkflowRun startRun(Actor actor, AccountId accountId, String periodKey) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account account = accounts.get(actor, accountId);
    if (account.kind() == AccountKind.CARRIER) {
      throw new IllegalArgumentException(
          account.name() + " is a carrier: carriers are not invoiced");
    }
    BillingPeriod period =
        BillingPeriod.parse(billing.of(actor, accountId).cycle(), periodKey.strip());
    String id = InvoiceRunWorkflow.workflowId(accountId.value(), period.key());
    return launcher.start(
        new WorkflowLauncher.Start(
            InvoiceRunWorkflow.class,
            id,
            "invoice " + account.name() + " " + period.key(),
            actor.tenantId(),
            null,
            new InvoiceRunRequest(actor.tenantId().value(), accountId.value(), period.key())));
  }

  /** The latest run of an invoice workflow id of the actor's tenant. */
  public Optional<WorkflowRun> runStatus(Actor actor, String workflowId) {
    LedgerAccess.requireLedgerReader(actor);
    if (!workflowId.startsWith("invoice-") || workflowId.length() < 8 + 36) {
      throw new AccessDenied("No such invoice run");
    }
    try {
      accounts.get(actor, new AccountId(UUID.fromString(workflowId.substring(8, 8 + 36))));
    } catch (IllegalArgumentException | AccessDenied e) {
      throw new AccessDenied("No such invoice run");
    }
    return status.current(workflowId);
  }
}
