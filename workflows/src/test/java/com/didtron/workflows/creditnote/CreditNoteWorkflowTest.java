package com.didtron.workflows.creditnote;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreditNoteWorkflowTest {
  static final class Recording implements CreditNoteActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void remind(CreditNoteStep step) {
      calls.add("remind#" + step.count());
    }

    @Override
    public void escalate(CreditNoteStep step) {
      calls.add("escalate");
    }

    @Override
    public String approve(CreditNoteStep step) {
      calls.add("approve by " + step.decision().decidedBy());
      return "CN-000001";
    }

    @Override
    public void reject(CreditNoteStep step) {
      calls.add("reject: " + step.decision().note());
    }
  }

  static final Recording activities = new Recording();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(CreditNoteWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @BeforeEach
  void reset() {
    activities.calls.clear();
  }

  private static CreditNoteWorkflow start(
      WorkflowClient client, WorkflowOptions options, String id) {
    CreditNoteWorkflow w =
        client.newWorkflowStub(
            CreditNoteWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId(id).build());
    // remind every hour, escalate after three hours
    WorkflowClient.start(
        w::awaitDecision, new CreditNoteRequest(UUID.randomUUID(), UUID.randomUUID(), 60, 180));
    return w;
  }

  @Test
  void financeIsRemindedHourlyThenTheNoteIsEscalatedOnceAndApprovalStillIssuesIt(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    CreditNoteWorkflow w = start(client, options, "credit-note-slow");
    env.sleep(Duration.ofMinutes(301));
    assertThat(w.state()).isEqualTo("ESCALATED");
    w.approve(new CreditNoteDecision("finance@example.test", null));
    String outcome = WorkflowStub.fromTyped(w).getResult(String.class);

    assertThat(outcome).isEqualTo("APPROVED");
    assertThat(activities.calls)
        .containsExactly(
            "remind#1",
            "remind#2",
            "escalate",
            "remind#3",
            "remind#4",
            "approve by finance@example.test");
    HistoryRecorder.recordIfAsked(client, "credit-note-slow", CreditNoteWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("credit-note-slow"), CreditNoteWorkflowImpl.class);
  }

  @Test
  void aRejectionClosesTheNoteWithoutReminders(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    CreditNoteWorkflow w = start(client, options, "credit-note-rejected");
    env.sleep(Duration.ofMinutes(10));
    w.reject(new CreditNoteDecision("finance@example.test", "goodwill not agreed"));
    assertThat(WorkflowStub.fromTyped(w).getResult(String.class)).isEqualTo("REJECTED");
    assertThat(activities.calls).containsExactly("reject: goodwill not agreed");
    WorkflowReplayer.replayWorkflowExecution(
        client.fetchHistory("credit-note-rejected"), CreditNoteWorkflowImpl.class);
  }

  @Test
  void aSecondDecisionAfterTheFirstIsIgnored(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options) {
    CreditNoteWorkflow w = start(client, options, "credit-note-twice");
    w.approve(new CreditNoteDecision("a@example.test", null));
    w.reject(new CreditNoteDecision("b@example.test", "too late"));
    assertThat(WorkflowStub.fromTyped(w).getResult(String.class)).isEqualTo("APPROVED");
    assertThat(activities.calls).containsExactly("approve by a@example.test");
  }
}
