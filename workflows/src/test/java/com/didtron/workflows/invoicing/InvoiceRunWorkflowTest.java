package com.didtron.workflows.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoiceRunWorkflowTest {
  /** Records the steps and the (skipped) time each ran at; issues nothing when told so. */
  static final class Recording implements InvoicingActivities {
    final List<String> calls = new ArrayList<>();
    volatile TestWorkflowEnvironment env;
    long closesAt;
    long issuedAt;
    boolean nothingToBill;

    @Override
    public InvoiceRunPlan plan(InvoiceRunRequest request) {
      calls.add("plan");
      return new InvoiceRunPlan("MONTHLY", request.periodKey(), closesAt);
    }

    @Override
    public IssuedInvoice issue(IssueInvoiceRequest request) {
      calls.add("issue@" + request.workflowId());
      issuedAt = env.currentTimeMillis();
      return nothingToBill
          ? new IssuedInvoice(null, null, false)
          : new IssuedInvoice(
              UUID.nameUUIDFromBytes(request.periodKey().getBytes()), "INV-000001", true);
    }

    @Override
    public void renderPdf(InvoiceRef invoice) {
      calls.add("pdf");
    }

    @Override
    public void email(InvoiceRef invoice) {
      calls.add("email");
    }

    @Override
    public void watchOverdue(InvoiceRef invoice) {
      calls.add("watch");
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(InvoiceRunWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset(TestWorkflowEnvironment env) {
    activities.calls.clear();
    activities.env = env;
    activities.nothingToBill = false;
  }

  private static InvoiceRunWorkflow stub(
      WorkflowClient client, WorkflowOptions options, String id) {
    return client.newWorkflowStub(
        InvoiceRunWorkflow.class, WorkflowOptions.newBuilder(options).setWorkflowId(id).build());
  }

  @Test
  void theRunWaitsForThePeriodToCloseThenIssuesRendersEmailsAndWatchesForPayment(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    activities.closesAt = env.currentTimeMillis() + Duration.ofHours(6).toMillis();
    UUID account = UUID.randomUUID();
    String id = InvoiceRunWorkflow.workflowId(account, "2026-03");

    InvoiceRunResult result =
        stub(client, options, id).run(new InvoiceRunRequest(UUID.randomUUID(), account, "2026-03"));

    assertThat(result.number()).isEqualTo("INV-000001");
    assertThat(activities.issuedAt).isGreaterThanOrEqualTo(activities.closesAt);
    assertThat(activities.calls).containsExactly("plan", "issue@" + id, "pdf", "email", "watch");
    HistoryRecorder.recordIfAsked(client, id, InvoiceRunWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(client.fetchHistory(id), InvoiceRunWorkflowImpl.class);
  }

  @Test
  void aPeriodThatClosedAlreadyIsIssuedAtOnce(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    long start = env.currentTimeMillis();
    activities.closesAt = start - Duration.ofDays(30).toMillis();
    stub(client, options, "invoice-closed")
        .run(new InvoiceRunRequest(UUID.randomUUID(), UUID.randomUUID(), "2026-01"));
    assertThat(activities.issuedAt - start).isLessThan(Duration.ofMinutes(1).toMillis());
  }

  @Test
  void aPeriodWithNothingToBillEndsWithoutPdfOrEmail(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    activities.closesAt = env.currentTimeMillis();
    activities.nothingToBill = true;
    InvoiceRunResult result =
        stub(client, options, "invoice-empty")
            .run(new InvoiceRunRequest(UUID.randomUUID(), UUID.randomUUID(), "2026-02"));
    assertThat(result.invoiceId()).isNull();
    assertThat(activities.calls).containsExactly("plan", "issue@invoice-empty");
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("invoice-empty"), InvoiceRunWorkflowImpl.class);
  }
}
