package com.didtron.workflows.switchcdr;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SwitchCdrPullWorkflowTest {
  /** A switch whose first pulls report more rows waiting, as many as asked. */
  static final class Switch implements SwitchCdrPullActivities {
    final List<String> pulls = new CopyOnWriteArrayList<>();
    volatile int fullPages;

    @Override
    public CdrPullRound pullCdrs(String source, String workflowId) {
      pulls.add(source + "@" + workflowId);
      boolean more = fullPages > 0;
      if (more) {
        fullPages--;
      }
      return new CdrPullRound(more ? 5000 : 3, more ? 5000 : 2, more ? 0 : 1, more, 3_600_000);
    }
  }

  static final Switch activities = new Switch();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(SwitchCdrPullWorkflowImpl.class)
          .setActivityImplementations(activities)
          .build();

  @Test
  void pullsAtOnceThenAfterEachIntervalOrWhenSignalledAndContinuesAsNewAfterItsRounds(
      TestWorkflowEnvironment env, WorkflowClient client, WorkflowOptions options)
      throws Exception {
    activities.pulls.clear();
    String id = SwitchCdrPullWorkflow.workflowId("kamailio");
    SwitchCdrPullWorkflow workflow =
        client.newWorkflowStub(
            SwitchCdrPullWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId(id).build());

    WorkflowExecution first = WorkflowClient.start(workflow::pull, new CdrPullPlan("kamailio", 3));
    awaitPulls(1);
    workflow.pullNow();
    awaitPulls(2);
    env.sleep(Duration.ofHours(1));
    awaitPulls(3);
    env.sleep(Duration.ofHours(1));
    awaitPulls(4);

    assertThat(activities.pulls).allMatch(p -> p.equals("kamailio@" + id));
    WorkflowExecutionHistory history = client.fetchHistory(id, first.getRunId());
    assertThat(history.getLastEvent().getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    assertThat(
            client
                .fetchHistory(id)
                .getEvents()
                .get(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getContinuedExecutionRunId())
        .as("the current run continues the first")
        .isEqualTo(first.getRunId());
    HistoryRecorder.recordIfAsked(client, id, first.getRunId(), SwitchCdrPullWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, SwitchCdrPullWorkflowImpl.class);
  }

  @Test
  void aSwitchWithMoreRowsWaitingIsPulledAgainWithoutAPause(
      WorkflowClient client, WorkflowOptions options) {
    activities.pulls.clear();
    activities.fullPages = 2;
    SwitchCdrPullWorkflow workflow =
        client.newWorkflowStub(
            SwitchCdrPullWorkflow.class,
            WorkflowOptions.newBuilder(options)
                .setWorkflowId(SwitchCdrPullWorkflow.workflowId("connexcs"))
                .build());

    WorkflowClient.start(workflow::pull, new CdrPullPlan("connexcs", 10));

    awaitPulls(3);
    assertThat(activities.fullPages).isZero();
  }

  /** Waits (at most 30 s of real time) until the switch saw {@code n} pulls. */
  private static void awaitPulls(int n) {
    until(() -> activities.pulls.size() >= n, n + " pulls, saw " + activities.pulls);
    assertThat(activities.pulls).hasSize(n);
  }

  private static void until(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }
}
