package com.didtron.workflows.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoiceSchedulerWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(InvoiceSchedulerWorkflowImpl.class)
          .setActivityImplementations((InvoiceSchedulerActivities) () -> 3)
          .build();

  @Test
  void theScheduleStartsTheDueRunsAndReportsHowMany(WorkflowClient client, WorkflowOptions options)
      throws Exception {
    InvoiceSchedulerWorkflow w =
        client.newWorkflowStub(
            InvoiceSchedulerWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("invoice-scheduler-test").build());
    assertThat(w.startDueRuns()).isEqualTo(3);
    HistoryRecorder.recordIfAsked(
        client, "invoice-scheduler-test", InvoiceSchedulerWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("invoice-scheduler-test"), InvoiceSchedulerWorkflowImpl.class);
  }
}
