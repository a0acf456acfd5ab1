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

class CdrInboxWorkflowTest {
  static final UUID TENANT = UUID.randomUUID();

  /** Two files; the second was ingested before (all duplicates). */
  static final class InMemoryInbox implements CdrInboxActivities {
    final List<String> ingested = new ArrayList<>();

    @Override
    public InboxListing list() {
      return new InboxListing(
          List.of(
              new InboxFile("/inbox/acme/a.csv", TENANT, "inbox"),
              new InboxFile("/inbox/acme/sw1/b.csv", TENANT, "sw1")));
    }

    @Override
    public InboxFileResult ingest(InboxFileRequest request) {
      ingested.add(request.file().path() + "@" + request.workflowId());
      return request.file().source().equals("inbox")
          ? new InboxFileResult(request.file().path(), 10, 9, 1, 0, 0, null)
          : new InboxFileResult(request.file().path(), 0, 0, 0, 7, 0, null);
    }
  }

  static final InMemoryInbox activities = new InMemoryInbox();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(CdrInboxWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void ingestsEveryListedFileOnceAndReportsTheTotals(WorkflowClient client, WorkflowOptions options)
      throws Exception {
    CdrInboxWorkflow sweep =
        client.newWorkflowStub(
            CdrInboxWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("cdr-inbox-test").build());

    InboxReport report = sweep.sweep();

    assertThat(report.accepted()).isEqualTo(10);
    assertThat(report.duplicates()).isEqualTo(7);
    assertThat(activities.ingested)
        .containsExactly(
            "/inbox/acme/a.csv@cdr-inbox-test", "/inbox/acme/sw1/b.csv@cdr-inbox-test");
    HistoryRecorder.recordIfAsked(client, "cdr-inbox-test", CdrInboxWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("cdr-inbox-test"), CdrInboxWorkflowImpl.class);
  }
}
