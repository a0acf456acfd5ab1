package com.didtron.activities.creditnote;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.invoicing.Invoices;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteRules;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.workflows.creditnote.CreditNoteDecision;
import com.didtron.workflows.creditnote.CreditNoteRequest;
import com.didtron.workflows.creditnote.CreditNoteWorkflow;
import io.temporal.client.WorkflowClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit notes: created by a super admin or finance against an invoice, then decided by finance in
 * the task inbox. Creating stores the note (the invoice row is locked, so two notes cannot together
 * credit more than the invoice) and starts its approval workflow; deciding signals the workflow,
 * which does the posting.
 */
@Service
@Facade
public class CreditNoteService {
  private final JooqCreditNoteRepository notes;
  private final Invoices invoices;
  private final AuditTrail audit;
  private final WorkflowLauncher launcher;
  private final WorkflowClient client;
  private final SettlementSettings settings;
  private final TransactionTemplate tx;
  private final Clock clock;

  CreditNoteService(
      JooqCreditNoteRepository notes,
      Invoices invoices,
      AuditTrail audit,
      WorkflowLauncher launcher,
      WorkflowClient client,
      SettlementSettings settings,
      TransactionTemplate tx,
      Clock clock) {
    this.notes = notes;
    this.invoices = invoices;
    this.audit = audit;
    this.launcher = launcher;
    this.client = client;
    this.settings = settings;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Creates a pending credit note and starts its approval; a clear refusal when the amount is too
   * high.
   */
  public CreditNoteChange create(Actor actor, UUID invoiceId, BigDecimal amount, String reason) {
    LedgerAccess.requireFinanceAdmin(actor);
    if (reason == null || reason.strip().length() < 3) {
      return new CreditNoteChange.Rejected("Give a reason of at least 3 characters");
    }
    UUID id = UUID.randomUUID();
    String workflowId = CreditNoteWorkflow.workflowId(id);
    Optional<String> refused =
        tx.execute(s -> store(actor, id, invoiceId, amount, reason.strip(), workflowId));
    if (refused.isPresent()) {
      return new CreditNoteChange.Rejected(refused.get());
    }
    launcher.start(
        new WorkflowLauncher.Start(
            CreditNoteWorkflow.class,
            workflowId,
            "credit note " + id,
            actor.tenantId(),
            null,
            new CreditNoteRequest(
                actor.tenantId().value(),
                id,
                settings.creditNoteRemindMinutes(),
                settings.creditNoteEscalateMinutes())));
    return new CreditNoteChange.Created(notes.get(id).orElseThrow());
  }

  private Optional<String> store(
      Actor actor, UUID id, UUID invoiceId, BigDecimal amount, String reason, String workflowId) {
    Invoices.Credited invoice =
        invoices
            .lockForCredit(actor.tenantId(), invoiceId)
            .orElseThrow(() -> new AccessDenied("No such invoice"));
    Optional<String> refusal =
        CreditNoteRules.refusal(
            amount, invoice.total().amount(), notes.creditedOrPending(invoiceId));
    if (refusal.isPresent()) {
      return refusal;
    }
    BigDecimal tax =
        CreditNoteRules.taxShare(amount, invoice.tax().amount(), invoice.total().amount());
    notes.insert(
        id,
        actor.tenantId(),
        invoiceId,
        invoice.account(),
        invoice.currency(),
        amount,
        tax,
        reason,
        actor.name(),
        clock.instant(),
        workflowId);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        "credit_note",
        id.toString(),
        null,
        Map.of("invoice", invoice.number(), "amount", amount.toPlainString(), "reason", reason));
    return Optional.empty();
  }

  /**
   * Finance approves: the workflow numbers the note, posts it and issues its PDF. Four eyes: the
   * user who asked for the note cannot approve it.
   */
  public void approve(Actor actor, UUID id, String note) {
    CreditNote n = pendingForFinance(actor, id);
    CreditNoteRules.requireOtherApprover(n.createdBy(), actor.name());
    client
        .newWorkflowStub(CreditNoteWorkflow.class, n.workflowId())
        .approve(new CreditNoteDecision(actor.name(), note));
  }

  /** Finance rejects, with a reason; nothing is posted. */
  public void reject(Actor actor, UUID id, String note) {
    if (note == null || note.strip().length() < 3) {
      throw new IllegalArgumentException(
          "Say why the credit note is rejected (at least 3 characters)");
    }
    CreditNote n = pendingForFinance(actor, id);
    client
        .newWorkflowStub(CreditNoteWorkflow.class, n.workflowId())
        .reject(new CreditNoteDecision(actor.name(), note.strip()));
  }

  private CreditNote pendingForFinance(Actor actor, UUID id) {
    requireFinance(actor);
    CreditNote n = get(actor, id);
    if (!n.isPending()) {
      throw new IllegalStateException(
          "Credit note is " + n.status().name().toLowerCase() + " already");
    }
    return n;
  }

  /** Deciding credit notes and netting is finance's: FINANCE users (and super admins). */
  public static void requireFinance(Actor actor) {
    LedgerAccess.requireFinanceAdmin(actor);
  }

  @Transactional(readOnly = true)
  public CreditNote get(Actor actor, UUID id) {
    CreditNote n = notes.get(id).orElseThrow(() -> new AccessDenied("No such credit note"));
    try {
      AccessPolicy.requireCanView(actor, n.tenantId(), n.accountId());
    } catch (AccessDenied e) {
      throw new AccessDenied("No such credit note");
    }
    return n;
  }

  /** Credit notes newest first (status null: all); portal users see their own account's only. */
  @Transactional(readOnly = true)
  public Page<CreditNote> find(Actor actor, String status, PageRequest page) {
    AccountId only =
        actor.isStaff()
            ? null
            : actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    return notes.find(actor.tenantId(), only, status, page);
  }

  /** The PDF of an approved note. */
  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(Actor actor, UUID id) {
    return notes.pdf(get(actor, id).id());
  }
}
