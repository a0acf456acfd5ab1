package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT_BLOCK;
import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.payment.TopUps;
import com.didtron.activities.switchsync.SwitchAccountStatus;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RecordingSwitchAccountStatus;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.invoicing.InvoiceOverdueWorkflow;
import com.didtron.workflows.invoicing.InvoiceOverdueWorkflowImpl;
import com.didtron.workflows.invoicing.InvoiceRef;
import com.didtron.workflows.invoicing.OverdueActivities;
import com.didtron.workflows.invoicing.OverduePlan;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue watch on the real activities (database, outbox, audit, switch seam): overdue and
 * reminded, then the account blocked, then unblocked by the payment that settles the invoice. The
 * platform's watch would wait 15 days and 72 hours of real time (the embedded Temporal does not
 * skip time), so this test runs the same workflow on a worker of its own whose plan says "now".
 */
class InvoiceOverdueIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;
  @Autowired InvoiceService invoices;
  @Autowired BillingSettingsService billing;
  @Autowired OverdueActivities real;
  @Autowired RecordingSwitchAccountStatus switches;
  @Autowired WorkflowClient client;
  @Autowired TestClock clock;
  @Autowired DSLContext db;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  /**
   * The real steps with a plan that is due now, blocks a second after the reminder and rechecks
   * often.
   */
  record DueNow(OverdueActivities real) implements OverdueActivities {
    @Override
    public OverduePlan plan(InvoiceRef invoice) {
      real.plan(invoice);
      return new OverduePlan(0, true, 1000, 500);
    }

    @Override
    public boolean markOverdue(InvoiceRef invoice) {
      return real.markOverdue(invoice);
    }

    @Override
    public void remind(InvoiceRef invoice) {
      real.remind(invoice);
    }

    @Override
    public boolean block(InvoiceRef invoice) {
      return real.block(invoice);
    }

    @Override
    public boolean settled(InvoiceRef invoice) {
      return real.settled(invoice);
    }

    @Override
    public void unblock(InvoiceRef invoice) {
      real.unblock(invoice);
    }
  }

  @Test
  void anUnpaidInvoiceIsRemindedThenBlocksNewCallsUntilThePaymentThatSettlesItUnblocks() {
    Account a =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", "ap@overdue.example");
    settle.billing(a, BillingCycle.MONTHLY, "0");
    clock.set("2025-07-10T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "25", 10, 600);
    clock.reset();
    Invoice july = settle.invoice(a, "2025-07");
    client
        .newUntypedWorkflowStub(july.workflowId())
        .getResult(Object.class); // the run started its watch
    String id = InvoiceOverdueWorkflow.workflowId(july.id());
    client.newUntypedWorkflowStub(id).terminate("the test runs this watch on its own worker");

    String queue = "overdue-" + UUID.randomUUID();
    WorkerFactory factory = WorkerFactory.newInstance(client);
    var worker = factory.newWorker(queue);
    worker.registerWorkflowImplementationTypes(InvoiceOverdueWorkflowImpl.class);
    worker.registerActivitiesImplementations(new DueNow(real));
    factory.start();
    try {
      InvoiceOverdueWorkflow watch =
          client.newWorkflowStub(
              InvoiceOverdueWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
      WorkflowClient.start(watch::watch, new InvoiceRef(a.tenantId().value(), july.id()));

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> switches.of(a.id()).contains(SwitchAccountStatus.BLOCKED_OVERDUE));
      assertThat(billing.blockedFor(admin(), a.id())).containsExactly(july.number());
      assertThat(invoices.get(admin(), july.id()).status()).isEqualTo(InvoiceStatus.OVERDUE);
      assertThat(
              db.fetchExists(
                  EMAIL_OUTBOX,
                  EMAIL_OUTBOX
                      .DEDUP_KEY
                      .eq("invoice-overdue:" + july.id())
                      .and(EMAIL_OUTBOX.TO_ADDRESS.eq("ap@overdue.example"))))
          .as("reminded")
          .isTrue();

      topUps.manual(admin(), a.id(), new TopUpInput("25", "USD", "late payment"));

      assertThat(WorkflowStub.fromTyped(watch).getResult(String.class)).isEqualTo("UNBLOCKED");
      assertThat(invoices.get(admin(), july.id()).status()).isEqualTo(InvoiceStatus.PAID);
      assertThat(billing.blockedFor(admin(), a.id())).isEmpty();
      await().atMost(Duration.ofSeconds(10)).until(() -> switches.of(a.id()).size() == 2);
      assertThat(switches.of(a.id()))
          .containsExactly(SwitchAccountStatus.BLOCKED_OVERDUE, SwitchAccountStatus.ACTIVE);
      assertThat(
              db.fetchCount(
                  ACCOUNT_BLOCK,
                  ACCOUNT_BLOCK
                      .ACCOUNT_ID
                      .eq(a.id().value())
                      .and(ACCOUNT_BLOCK.UNBLOCKED_AT.isNotNull())))
          .isEqualTo(1);
      assertThat(
              db.fetchCount(
                  AUDIT_LOG,
                  AUDIT_LOG
                      .ENTITY_TYPE
                      .eq("account_block")
                      .and(AUDIT_LOG.ENTITY_ID.eq(a.id().toString()))))
          .as("block and unblock audited")
          .isEqualTo(2);
    } finally {
      factory.shutdownNow();
    }
  }
}
