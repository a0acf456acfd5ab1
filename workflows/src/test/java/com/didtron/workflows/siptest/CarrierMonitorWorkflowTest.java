package com.didtron.workflows.siptest;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.workflows.HistoryRecorder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CarrierMonitorWorkflowTest {
  static final UUID UP = UUID.randomUUID();
  static final UUID DOWN = UUID.randomUUID();
  static final UUID BROKEN = UUID.randomUUID();
  static final UUID ALERT = UUID.randomUUID();
  static final UUID OLD_ALERT = UUID.randomUUID();

  /**
   * Three carriers: one fine, one whose OPTIONS fail and alerts change, one whose probe crashes.
   */
  static final class FakeMonitor implements CarrierMonitorActivities {
    final List<String> log = new CopyOnWriteArrayList<>();

    @Override
    public MonitorTargets targets() {
      return new MonitorTargets(List.of(UP, DOWN, BROKEN));
    }

    @Override
    public ProbeResult probe(ProbeRequest request) {
      log.add("probe " + name(request.carrierId()));
      if (request.carrierId().equals(BROKEN)) {
        throw new IllegalStateException("database down");
      }
      return new ProbeResult(request.carrierId().equals(UP) ? "OK" : "TIMEOUT", null);
    }

    @Override
    public AlertChanges evaluate(EvaluateRequest request) {
      log.add("evaluate " + name(request.carrierId()) + " by " + request.workflowId());
      return request.carrierId().equals(DOWN)
          ? new AlertChanges(
              List.of(new AlertChange(ALERT, "RAISED"), new AlertChange(OLD_ALERT, "CLEARED")))
          : new AlertChanges(List.of());
    }

    @Override
    public void notifyWebhook(AlertChange change) {
      log.add("webhook " + change.event());
      if (change.alertId().equals(OLD_ALERT)) {
        throw new IllegalStateException("HTTP 500");
      }
    }

    @Override
    public void notifyEmail(AlertChange change) {
      log.add("email " + change.event());
    }

    private static String name(UUID id) {
      return Map.of(UP, "up", DOWN, "down", BROKEN, "broken").get(id);
    }
  }

  static final FakeMonitor monitor = new FakeMonitor();

  @RegisterExtension
  static final TestWorkflowExtension temporal =
      TestWorkflowExtension.newBuilder()
          .setWorkflowTypes(CarrierMonitorWorkflowImpl.class)
          .setActivityImplementations(monitor)
          .build();

  @Test
  void probesEveryCarrierThenEvaluatesAndNotifiesEachAlertChange(
      WorkflowClient client, WorkflowOptions options) throws Exception {
    CarrierMonitorWorkflow wf =
        client.newWorkflowStub(
            CarrierMonitorWorkflow.class,
            WorkflowOptions.newBuilder(options).setWorkflowId("carrier-monitor-test").build());
    MonitorReport report = wf.monitor();

    assertThat(report).isEqualTo(new MonitorReport(3, 2, 1, 1, 1));
    assertThat(monitor.log)
        .containsSubsequence(
            "evaluate up by carrier-monitor-test",
            "evaluate down by carrier-monitor-test",
            "webhook RAISED",
            "email RAISED",
            "webhook CLEARED",
            "email CLEARED",
            "evaluate broken by carrier-monitor-test");
    assertThat(monitor.log.stream().filter(l -> l.equals("webhook CLEARED")).count())
        .as("retried")
        .isEqualTo(3);
    assertThat(monitor.log.indexOf("evaluate up by carrier-monitor-test"))
        .isGreaterThan(monitor.log.lastIndexOf("probe broken"));

    WorkflowExecutionHistory history = client.fetchHistory("carrier-monitor-test");
    HistoryRecorder.recordIfAsked(client, "carrier-monitor-test", CarrierMonitorWorkflowImpl.class);
    WorkflowReplayer.replayWorkflowExecution(history, CarrierMonitorWorkflowImpl.class);
  }
}
