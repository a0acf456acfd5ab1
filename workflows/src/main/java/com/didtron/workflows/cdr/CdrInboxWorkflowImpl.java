package com.didtron.workflows.cdr;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Lists the inbox once, then ingests the files one after another. */
public class CdrInboxWorkflowImpl implements CdrInboxWorkflow {
  private final CdrInboxActivities activities = Workflow.newActivityStub(CdrInboxActivities.class,
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofMinutes(30))
          .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
          .build());

  @Override
  public InboxReport sweep() {
    String workflowId = Workflow.getInfo().getWorkflowId();
    List<InboxFileResult> results = new ArrayList<>();
    for (InboxFile file : activities.list().files()) {
      results.add(activities.ingest(new InboxFileRequest(file, workflowId)));
    }
    return new InboxReport(results);
  }
}
