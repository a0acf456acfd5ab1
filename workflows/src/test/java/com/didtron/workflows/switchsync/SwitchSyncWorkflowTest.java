package com.didtron.workflows.switchsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SwitchSyncWorkflowTest {
  /** A switch whose answers the test scripts: a round, or an exception (switch down). */
  static final class ScriptedSwitch implements SwitchSyncActivities {
    final BlockingDeque<Object> script = new LinkedBlockingDeque<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final BlockingDeque<String> pushed = new LinkedBlockingDeque<>();

    @Override
    public SyncRound push(String target) {
      calls.add(target);
      Object next = script.poll();
      if (next instanceof RuntimeException e) {
        throw e;
      }
      pushed.add(target);
      return next == null ? new SyncRound(0, 0, false) : (SyncRound) next;
    }

    String nextPush() throws InterruptedException {
      return pushed.poll(30, TimeUnit.SECONDS);
    }
  }

  static final ScriptedSwitch sw = new ScriptedSwitch();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(SwitchSyncWorkflowImpl.class)
          .setActivityImplementations(sw)
          .build();

  @BeforeEach
  void freshScript() {
    sw.script.clear();
    sw.pushed.clear();
  }

  private static SwitchSyncWorkflow start(
      WorkflowClient client, WorkflowOptions options, String t) {
    SwitchSyncWorkflow wf =
        client.newWorkflowStub(
            SwitchSyncWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId(SwitchSyncWorkflow.idFor(t)).build());
    WorkflowClient.start(wf::sync, t);
    return wf;
  }

  @Test
  void pushesOnStartAgainWhileMoreIsLeftAndWhenAChangeIsSignalled(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    sw.script.add(new SyncRound(100, 0, true));
    sw.script.add(new SyncRound(3, 1, false));
    SwitchSyncWorkflow wf = start(client, options, "kamailio");

    assertThat(sw.nextPush()).isEqualTo("kamailio");
    assertThat(sw.nextPush()).as("a full batch is followed by another push").isEqualTo("kamailio");
    String id = SwitchSyncWorkflow.idFor("kamailio");
    waitUntilIdleAfter(client, id, 2);
    wf.changed();
    assertThat(sw.nextPush()).as("woken by the change signal").isEqualTo("kamailio");
    WorkflowExecutionHistory history = waitUntilIdleAfter(client, id, 3);

    List<EventType> events = history.getEvents().stream().map(HistoryEvent::getEventType).toList();
    assertThat(events).doesNotContain(EventType.EVENT_TYPE_TIMER_FIRED);
    assertThat(events.indexOf(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED))
        .as("the third push came after the signal")
        .isLessThan(events.lastIndexOf(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED));
    HistoryRecorder.recordIfAsked(client, id, SwitchSyncWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, SwitchSyncWorkflowImpl.class);
    WorkflowStub.fromTyped(wf).terminate("test over");
  }

  /** The history once {@code pushes} pushes completed and the workflow waits on its timer. */
  private static WorkflowExecutionHistory waitUntilIdleAfter(
      WorkflowClient client, String id, int pushes) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      WorkflowExecutionHistory h = client.fetchHistory(id);
      List<HistoryEvent> events = h.getEvents();
      long done =
          events.stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
              .count();
      if (done == pushes && events.getLast().getEventType() == EventType.EVENT_TYPE_TIMER_STARTED) {
        return h;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the workflow did not settle after " + pushes + " pushes");
  }

  @Test
  void withoutASignalTheTimerStillPushesSoNothingWaitsForever(
      WorkflowClient client, WorkflowOptions options, TestWorkflowEnvironment env)
      throws Exception {
    SwitchSyncWorkflow wf = start(client, options, "timer");
    assertThat(sw.nextPush()).isEqualTo("timer");

    env.sleep(SwitchSyncWorkflowImpl.WAKE_EVERY.plusSeconds(1));

    assertThat(sw.nextPush()).as("pushed again on the timer").isEqualTo("timer");
    WorkflowStub.fromTyped(wf).terminate("test over");
  }

  @Test
  void anUnreachableSwitchIsRetriedWithBackoffUntilItAnswers(
      WorkflowClient client, WorkflowOptions options, TestWorkflowEnvironment env)
      throws Exception {
    for (int i = 0; i < 4; i++) {
      sw.script.add(new IllegalStateException("switch unreachable"));
    }
    int before = sw.calls.size();
    SwitchSyncWorkflow wf = start(client, options, "down");

    env.sleep(Duration.ofSeconds(40));

    assertThat(sw.nextPush()).as("pushed once the switch answered").isEqualTo("down");
    assertThat(sw.calls.subList(before, sw.calls.size()))
        .as("four failed attempts, then the one that got through")
        .startsWith("down", "down", "down", "down", "down");
    WorkflowStub.fromTyped(wf).terminate("test over");
  }

  @Test
  void afterItsRoundsTheSyncContinuesAsANewRunSoItsHistoryStaysShort(
      WorkflowClient client, WorkflowOptions options, TestWorkflowEnvironment env)
      throws Exception {
    SwitchSyncWorkflow wf = start(client, options, "long");
    String firstRun = WorkflowStub.fromTyped(wf).getExecution().getRunId();
    assertThat(sw.nextPush()).isEqualTo("long");

    env.sleep(
        SwitchSyncWorkflowImpl.WAKE_EVERY.multipliedBy(SwitchSyncWorkflowImpl.ROUNDS_PER_RUN + 2));

    List<HistoryEvent> first =
        client.fetchHistory(SwitchSyncWorkflow.idFor("long"), firstRun).getEvents();
    assertThat(first.getLast().getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    client.newUntypedWorkflowStub(SwitchSyncWorkflow.idFor("long")).terminate("test over");
  }
}
