package com.didtron.workflows.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetentionPurgeWorkflowTest {
  /** Activities over an in-memory "table": expired row counts per entity type. */
  static final class InMemoryPurge implements RetentionPurgeActivities {
    final Map<String, Integer> expired = new LinkedHashMap<>();
    final Map<String, Integer> referenced = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public PurgePlan plan(PurgePlanRequest request) {
      return new PurgePlan(List.copyOf(expired.keySet()));
    }

    @Override
    public PurgeBatchResult purgeBatch(PurgeBatchRequest request) {
      calls.add(request.entityType() + "@" + request.workflowId());
      int left = expired.get(request.entityType());
      int now = Math.min(left, request.batchSize());
      expired.put(request.entityType(), left - now);
      boolean full = now == request.batchSize();
      int kept = referenced.getOrDefault(request.entityType(), 0);
      return new PurgeBatchResult(request.entityType(), now, full ? 0 : kept, full);
    }
  }

  static final InMemoryPurge activities = new InMemoryPurge();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(RetentionPurgeWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void purgesEveryEntityTypeInBatchesUntilNothingExpiredIsLeft(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    activities.calls.clear();
    activities.expired.put("user", RetentionPurgeWorkflowImpl.BATCH_SIZE * 2 + 7);
    activities.expired.put("account", 3);
    activities.referenced.put("account", 2);

    RetentionPurgeWorkflow purge =
        client.newWorkflowStub(
            RetentionPurgeWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("retention-purge-test").build());
    PurgeReport report = purge.purge();

    assertThat(report.purged())
        .containsEntry("user", RetentionPurgeWorkflowImpl.BATCH_SIZE * 2 + 7)
        .containsEntry("account", 3);
    assertThat(report.keptReferenced()).containsEntry("account", 2).containsEntry("user", 0);
    assertThat(report.totalPurged()).isEqualTo(RetentionPurgeWorkflowImpl.BATCH_SIZE * 2 + 10);
    assertThat(activities.calls)
        .containsExactly(
            "user@retention-purge-test",
            "user@retention-purge-test",
            "user@retention-purge-test",
            "account@retention-purge-test");

    WorkflowExecutionHistory history = client.fetchHistory("retention-purge-test");
    HistoryRecorder.recordIfAsked(client, "retention-purge-test", RetentionPurgeWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, RetentionPurgeWorkflowImpl.class);
  }
}
