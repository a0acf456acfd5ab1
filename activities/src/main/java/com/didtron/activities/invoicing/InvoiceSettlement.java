package com.didtron.activities.invoicing;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.payment.PaymentReceivers;
import com.didtron.activities.switchsync.SwitchAccountStatus;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.invoicing.PaymentAllocation;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.invoicing.InvoiceOverdueWorkflow;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Payments settle invoices, oldest first: each completed payment is recorded as a receipt (in the
 * account's currency) and its money allocated to the account's open invoices in issue order, each
 * up to what is outstanding on it (partial payments allowed); money left over settles the next
 * invoice when it is issued. An invoice fully settled becomes PAID, its overdue block (if any) is
 * lifted and its overdue watch is told. Every allocation and status change is audited.
 */
@Component
class InvoiceSettlement implements PaymentReceivers {
  private static final Logger log = LoggerFactory.getLogger(InvoiceSettlement.class);

  private final JooqInvoiceStatusRepository status;
  private final AuditTrail audit;
  private final List<SwitchAccountStatus> switches;
  private final WorkflowClient workflows;
  private final Clock clock;

  InvoiceSettlement(
      JooqInvoiceStatusRepository status,
      AuditTrail audit,
      List<SwitchAccountStatus> switches,
      WorkflowClient workflows,
      Clock clock) {
    this.status = status;
    this.audit = audit;
    this.switches = switches;
    this.workflows = workflows;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void received(Payment payment, Money credited) {
    if (status.receipt(
        payment.tenantId(), payment.accountId(), payment.id(), credited, clock.instant())) {
      allocate(payment.tenantId(), payment.accountId());
    }
  }

  /** Applies the account's unallocated money to its open invoices, oldest first. */
  @Transactional(propagation = Propagation.MANDATORY)
  void allocate(TenantId tenant, AccountId account) {
    Actor system = Actor.system("invoicing", tenant);
    for (JooqInvoiceStatusRepository.Unallocated money : status.unallocated(account)) {
      List<Invoice> open = status.openOldestFirst(account, money.currency());
      Map<UUID, Invoice> byId = new LinkedHashMap<>();
      open.forEach(i -> byId.put(i.id(), i));
      var result =
          PaymentAllocation.allocate(
              money.left(),
              open.stream()
                  .map(i -> new PaymentAllocation.Open(i.id(), i.outstanding().amount()))
                  .toList());
      for (PaymentAllocation.Applied a : result.applied()) {
        Invoice invoice = byId.get(a.invoiceId());
        status.allocate(tenant, money.paymentId(), a.invoiceId(), a.amount(), clock.instant());
        audit.record(
            system,
            tenant,
            AuditAction.CREATE,
            "payment_allocation",
            a.invoiceId().toString(),
            null,
            Map.of(
                "invoice",
                invoice.number(),
                "payment",
                money.paymentId().toString(),
                "amount",
                a.amount().toPlainString(),
                "settles",
                a.settles()));
        if (a.settles()) {
          settled(tenant, invoice, InvoiceStatus.PAID);
        }
      }
    }
  }

  /**
   * An open invoice is settled ({@code to} PAID or CANCELLED): status, block lifted, watch told.
   */
  void settled(TenantId tenant, Invoice invoice, InvoiceStatus to) {
    if (!status.status(invoice.id(), invoice.status(), to)) {
      return;
    }
    Actor system = Actor.system("invoicing", tenant);
    audit.record(
        system,
        tenant,
        AuditAction.UPDATE,
        "invoice",
        invoice.id().toString(),
        Map.of("status", invoice.status().name()),
        Map.of("status", to.name()));
    unblock(tenant, invoice.accountId(), invoice.id());
    afterCommit(() -> signalPaid(invoice.id()));
  }

  /** Lifts the invoice's block, audited; the switch hears "active" once no block is left. */
  void unblock(TenantId tenant, AccountId account, UUID invoice) {
    if (!status.unblock(invoice, clock.instant())) {
      return;
    }
    audit.record(
        Actor.system("invoicing", tenant),
        tenant,
        AuditAction.UPDATE,
        "account_block",
        account.toString(),
        Map.of("blocked", "overdue " + invoice),
        Map.of("blocked", "no"));
    if (!status.blocked(account)) {
      afterCommit(
          () ->
              switches.forEach(s -> s.statusChanged(tenant, account, SwitchAccountStatus.ACTIVE)));
    }
  }

  private void signalPaid(UUID invoice) {
    try {
      workflows.newUntypedWorkflowStub(InvoiceOverdueWorkflow.workflowId(invoice)).signal("paid");
    } catch (RuntimeException noWatch) {
      log.debug("No overdue watch to tell for invoice {}: {}", invoice, noWatch.getMessage());
    }
  }

  static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }
}
