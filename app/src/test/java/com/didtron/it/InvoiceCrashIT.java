package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.invoicing.InvoiceRef;
import com.didtron.workflows.invoicing.InvoiceRunPlan;
import com.didtron.workflows.invoicing.InvoiceRunRequest;
import com.didtron.workflows.invoicing.InvoiceRunResult;
import com.didtron.workflows.invoicing.InvoiceRunWorkflow;
import com.didtron.workflows.invoicing.InvoiceRunWorkflowImpl;
import com.didtron.workflows.invoicing.InvoicingActivities;
import com.didtron.workflows.invoicing.IssueInvoiceRequest;
import com.didtron.workflows.invoicing.IssuedInvoice;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The crash test: a worker dies in the middle of an invoice run — after the invoice was committed,
 * before the activity could report it — and a new activity worker takes over. The invoice exists
 * once, with one number, one ledger entry and one email; starting the run again changes nothing.
 */
class InvoiceCrashIT extends PlatformIT {
  @Autowired WorkflowClient client;
  @Autowired InvoicingActivities activities;
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired InvoiceService invoices;
  @Autowired Ledger ledger;
  @Autowired Outbox outbox;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  /** Issues for real, then hangs as a killed process would: the result never reaches Temporal. */
  static final class DiesAfterIssuing implements InvoicingActivities {
    final InvoicingActivities real;
    final CountDownLatch committed = new CountDownLatch(1);
    final AtomicInteger issues = new AtomicInteger();

    DiesAfterIssuing(InvoicingActivities real) {
      this.real = real;
    }

    @Override
    public InvoiceRunPlan plan(InvoiceRunRequest request) {
      return real.plan(request);
    }

    @Override
    public IssuedInvoice issue(IssueInvoiceRequest request) {
      real.issue(request);
      issues.incrementAndGet();
      committed.countDown();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("worker killed");
    }

    @Override
    public void renderPdf(InvoiceRef invoice) {
      throw new IllegalStateException("never reached");
    }

    @Override
    public void email(InvoiceRef invoice) {
      throw new IllegalStateException("never reached");
    }

    @Override
    public void watchOverdue(InvoiceRef invoice) {
      throw new IllegalStateException("never reached");
    }
  }

  /**
   * A worker of its own on {@code queue}: a workflow host (workflows only) or an activity worker
   * (activities only). The test kills an activity worker; the workflow host stays up because the
   * embedded test server never moves a task off a dead worker's sticky queue (a real Temporal
   * server does after 5 s), so a dead workflow host would stall the run there, not in DIDTron.
   */
  private WorkerFactory worker(String queue, InvoicingActivities activitiesOrNull) {
    WorkerFactory factory = WorkerFactory.newInstance(client);
    var w = factory.newWorker(queue);
    if (activitiesOrNull == null) {
      w.registerWorkflowImplementationTypes(InvoiceRunWorkflowImpl.class);
    } else {
      w.registerActivitiesImplementations(activitiesOrNull);
    }
    factory.start();
    return factory;
  }

  @Test
  void aWorkerKilledMidRunAndReplacedIssuesEachInvoiceExactlyOnce() throws Exception {
    Account a =
        money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", "ap@crash.example");
    settle.billing(a, BillingCycle.MONTHLY, "10");
    clock.set("2025-09-15T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "40", 20, 1200);
    clock.reset();
    String queue = "invoice-crash-" + UUID.randomUUID();
    String id = InvoiceRunWorkflow.workflowId(a.id().value(), "2025-09");
    DiesAfterIssuing dying = new DiesAfterIssuing(activities);

    WorkerFactory host = worker(queue, null);
    WorkerFactory first = worker(queue, dying);
    InvoiceRunWorkflow run =
        client.newWorkflowStub(
            InvoiceRunWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
    WorkflowClient.start(
        run::run, new InvoiceRunRequest(a.tenantId().value(), a.id().value(), "2025-09"));
    assertThat(dying.committed.await(60, TimeUnit.SECONDS)).isTrue();
    first.shutdownNow(); // the activity worker dies mid-activity
    first.awaitTermination(10, TimeUnit.SECONDS);
    Invoice committed = settle.invoiceOf(a, "2025-09");
    assertThat(committed).isNotNull();
    assertThat(committed.hasPdf()).isFalse();

    WorkerFactory second = worker(queue, activities); // a new activity worker takes over
    try {
      InvoiceRunResult result;
      try {
        result =
            WorkflowStub.fromTyped(run).getResult(150, TimeUnit.SECONDS, InvoiceRunResult.class);
      } catch (TimeoutException e) {
        client
            .fetchHistory(id)
            .getEvents()
            .forEach(
                ev ->
                    System.err.println(
                        "HISTORY " + ev.getEventType() + " " + ev.getEventTime().getSeconds()));
        throw e;
      }
      assertThat(result.number()).isEqualTo(committed.number());

      InvoiceRunWorkflow again =
          client.newWorkflowStub(
              InvoiceRunWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
      assertThat(
              again
                  .run(new InvoiceRunRequest(a.tenantId().value(), a.id().value(), "2025-09"))
                  .number())
          .isEqualTo(committed.number());
    } finally {
      second.shutdownNow();
      host.shutdownNow();
    }

    assertThat(dying.issues.get()).isEqualTo(1);
    assertThat(invoices.find(admin(), a.id(), new PageRequest(0, 10)).rows())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.number()).isEqualTo(committed.number());
              assertThat(i.hasPdf()).isTrue();
              assertThat(i.total().amount()).isEqualByComparingTo("44");
            });
    assertThat(
            ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.INVOICE, committed.id())))
        .hasSize(1);
    assertThat(outbox.byDedupKey("invoice:" + committed.id())).isPresent();
  }
}
