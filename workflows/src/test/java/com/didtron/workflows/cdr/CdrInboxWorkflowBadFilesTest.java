package com.didtron.workflows.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CdrInboxWorkflowBadFilesTest {
  static final UUID TENANT = UUID.randomUUID();

  /** A refused link, a file whose ingest keeps failing, and a good file after it. */
  static final class TroubledInbox implements CdrInboxActivities {
    final List<String> attempts = new ArrayList<>();

    @Override
    public InboxListing list() {
      return new InboxListing(
          List.of(
              new InboxFile("/inbox/acme/a-broken.csv", TENANT, "inbox"),
              new InboxFile("/inbox/acme/b-good.csv", TENANT, "inbox")),
          List.of(
              new InboxFileResult(
                  "/inbox/acme/link.csv", 0, 0, 0, 0, 0, "refused: a symbolic link")));
    }

    @Override
    public InboxFileResult ingest(InboxFileRequest request) {
      attempts.add(request.file().path());
      if (request.file().path().contains("broken")) {
        throw ApplicationFailure.newFailure("database unavailable", "Outage");
      }
      return new InboxFileResult(request.file().path(), 4, 4, 0, 0, 0, null);
    }
  }

  static final TroubledInbox activities = new TroubledInbox();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(CdrInboxWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void aFileThatKeepsFailingIsReportedAndTheSweepGoesOnWithTheNextFile(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    CdrInboxWorkflow sweep =
        client.newWorkflowStub(
            CdrInboxWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("cdr-inbox-bad-files").build());

    InboxReport report = sweep.sweep();

    assertThat(activities.attempts)
        .containsExactly(
            "/inbox/acme/a-broken.csv",
            "/inbox/acme/a-broken.csv",
            "/inbox/acme/a-broken.csv",
            "/inbox/acme/b-good.csv");
    assertThat(report.accepted()).isEqualTo(4);
    assertThat(report.files())
        .extracting(InboxFileResult::path, InboxFileResult::failure)
        .containsExactly(
            Tuple.tuple("/inbox/acme/link.csv", "refused: a symbolic link"),
            Tuple.tuple("/inbox/acme/a-broken.csv", CdrInboxWorkflowImpl.NOT_INGESTED),
            Tuple.tuple("/inbox/acme/b-good.csv", null));
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("cdr-inbox-bad-files"), CdrInboxWorkflowImpl.class);
  }
}
