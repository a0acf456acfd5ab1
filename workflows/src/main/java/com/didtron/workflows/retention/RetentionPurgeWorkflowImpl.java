package com.didtron.workflows.retention;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Orchestrates the purge batch by batch; all I/O happens in {@link RetentionPurgeActivities}. */
public class RetentionPurgeWorkflowImpl implements RetentionPurgeWorkflow {
  static final int BATCH_SIZE = 500;

  private final RetentionPurgeActivities activities =
      Workflow.newActivityStub(
          RetentionPurgeActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).build())
              .build());

  @Override
  public PurgeReport purge() {
    String workflowId = Workflow.getInfo().getWorkflowId();
    Map<String, Integer> purged = new LinkedHashMap<>();
    Map<String, Integer> kept = new LinkedHashMap<>();
    for (String entityType : activities.plan(new PurgePlanRequest(workflowId)).entityTypes()) {
      PurgeBatchResult batch;
      do {
        batch = activities.purgeBatch(new PurgeBatchRequest(entityType, workflowId, BATCH_SIZE));
        purged.merge(entityType, batch.purged(), Integer::sum);
        kept.merge(entityType, batch.keptReferenced(), Integer::sum);
      } while (batch.more() && batch.purged() > 0);
    }
    return new PurgeReport(purged, kept);
  }
}
