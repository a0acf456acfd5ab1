package com.didtron.workflows.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RerateWorkflowTest {
  /** A period of {@code total} CDRs, re-rated chunk by chunk; every third one changes. */
  static final class InMemoryRerate implements RerateActivities {
    int total;
    final List<String> cursors = new ArrayList<>();

    @Override
    public RerateChunkResult rerateChunk(RerateChunkRequest request) {
      cursors.add(String.valueOf(request.afterCallId()));
      int start = request.afterCallId() == null ? 0 : Integer.parseInt(request.afterCallId()) + 1;
      int n = Math.max(0, Math.min(request.limit(), total - start));
      String last = n == 0 ? request.afterCallId() : String.valueOf(start + n - 1);
      return new RerateChunkResult(
          n, n / 3, 1, 0, "2026-11-01T00:00:00Z", "s", last, n < request.limit());
    }
  }

  static final InMemoryRerate activities = new InMemoryRerate();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(RerateWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void walksThePeriodChunkByChunkWithTheCursorAndSumsTheChanges(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    activities.total = RerateWorkflowImpl.CHUNK * 2 + 10;
    activities.cursors.clear();
    RerateRequest request =
        new RerateRequest(
            UUID.randomUUID(),
            "2026-11-01T00:00:00Z",
            "2026-12-01T00:00:00Z",
            RerateRequest.Scope.ALL,
            "finance@example.test");
    String id = RerateWorkflow.workflowId(request);
    RerateWorkflow workflow =
        client.newWorkflowStub(
            RerateWorkflow.class, WorkflowOptions.newBuilder(options).setWorkflowId(id).build());

    RerateReport report = workflow.rerate(request);

    assertThat(report.examined()).isEqualTo(RerateWorkflowImpl.CHUNK * 2 + 10);
    assertThat(report.chunks()).isEqualTo(3);
    assertThat(report.repriced()).isEqualTo(3);
    assertThat(activities.cursors)
        .containsExactly(
            "null",
            String.valueOf(RerateWorkflowImpl.CHUNK - 1),
            String.valueOf(RerateWorkflowImpl.CHUNK * 2 - 1));
    assertThat(id).startsWith("rerate-" + request.tenantId());
    HistoryRecorder.recordIfAsked(client, id, RerateWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(client.fetchHistory(id), RerateWorkflowImpl.class);
  }
}
