package com.didtron.workflows.cdr;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the inbox once, then ingests the files one after another. A file whose ingest still fails
 * after its retries is reported and left for the next sweep; the sweep goes on with the next file.
 */
public class CdrInboxWorkflowImpl implements CdrInboxWorkflow {
  /**
   * Version 1: a file that keeps failing no longer fails the sweep (before: the whole run failed).
   */
  static final String GOES_ON = "inbox-sweep-goes-on-after-a-failed-file";

  static final String NOT_INGESTED =
      "not ingested: the ingest failed after its retries;"
          + " the file stays in the inbox for the next sweep";

  private final CdrInboxActivities activities =
      Workflow.newActivityStub(
          CdrInboxActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(30))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
              .build());

  @Override
  public InboxReport sweep() {
    String workflowId = Workflow.getInfo().getWorkflowId();
    int version = Workflow.getVersion(GOES_ON, Workflow.DEFAULT_VERSION, 1);
    InboxListing listing = activities.list();
    List<InboxFileResult> results = new ArrayList<>(listing.refused());
    for (InboxFile file : listing.files()) {
      try {
        results.add(activities.ingest(new InboxFileRequest(file, workflowId)));
      } catch (ActivityFailure e) {
        if (version == Workflow.DEFAULT_VERSION) {
          throw e;
        }
        Workflow.getLogger(CdrInboxWorkflowImpl.class)
            .warn("CDR inbox: {} {}", file.path(), NOT_INGESTED);
        results.add(new InboxFileResult(file.path(), 0, 0, 0, 0, 0, NOT_INGESTED));
      }
    }
    return new InboxReport(results);
  }
}
