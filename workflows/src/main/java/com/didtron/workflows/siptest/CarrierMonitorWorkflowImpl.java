package com.didtron.workflows.siptest;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Probes carriers a few at a time, then evaluates and notifies; all I/O is in the activities. */
public class CarrierMonitorWorkflowImpl implements CarrierMonitorWorkflow {
  static final int PARALLEL_PROBES = 10;

  private final CarrierMonitorActivities steps =
      Workflow.newActivityStub(
          CarrierMonitorActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
              .build());
  private final CarrierMonitorActivities probes =
      Workflow.newActivityStub(
          CarrierMonitorActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2).build())
              .build());
  private final CarrierMonitorActivities notifications =
      Workflow.newActivityStub(
          CarrierMonitorActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setMaximumAttempts(3)
                      .setInitialInterval(Duration.ofSeconds(2))
                      .build())
              .build());

  @Override
  public MonitorReport monitor() {
    String runId = Workflow.getInfo().getRunId();
    List<UUID> carriers = steps.targets().carrierIds();
    int optionsFailed = probeAll(carriers, runId);
    int raised = 0;
    int cleared = 0;
    int failedNotifications = 0;
    for (UUID carrier : carriers) {
      for (AlertChange change :
          steps
              .evaluate(new EvaluateRequest(carrier, Workflow.getInfo().getWorkflowId()))
              .changes()) {
        if ("RAISED".equals(change.event())) {
          raised++;
        } else {
          cleared++;
        }
        failedNotifications += notify(change);
      }
    }
    return new MonitorReport(carriers.size(), optionsFailed, raised, cleared, failedNotifications);
  }

  private int probeAll(List<UUID> carriers, String runId) {
    int failed = 0;
    for (int from = 0; from < carriers.size(); from += PARALLEL_PROBES) {
      List<Promise<ProbeResult>> batch = new ArrayList<>();
      for (UUID carrier :
          carriers.subList(from, Math.min(carriers.size(), from + PARALLEL_PROBES))) {
        batch.add(
            Async.function(probes::probe, new ProbeRequest(carrier, runId))
                .exceptionally(e -> new ProbeResult("FAILED", null)));
      }
      for (Promise<ProbeResult> p : batch) {
        failed += "OK".equals(p.get().optionsStatus()) ? 0 : 1;
      }
    }
    return failed;
  }

  /**
   * Webhook and email; a channel that keeps failing is recorded by its activity and skipped here.
   */
  private int notify(AlertChange change) {
    int failed = 0;
    try {
      notifications.notifyWebhook(change);
    } catch (ActivityFailure e) {
      failed++;
    }
    try {
      notifications.notifyEmail(change);
    } catch (ActivityFailure e) {
      failed++;
    }
    return failed;
  }
}
