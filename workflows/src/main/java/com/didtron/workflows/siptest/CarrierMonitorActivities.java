package com.didtron.workflows.siptest;

import io.temporal.activity.ActivityInterface;

/** The steps of carrier monitoring. */
@ActivityInterface(namePrefix = "CarrierMonitor")
public interface CarrierMonitorActivities {
  /** The carriers to probe. */
  MonitorTargets targets();

  /**
   * Sends OPTIONS (and a test call to the probe number, if any) and stores the results; idempotent
   * per run.
   */
  ProbeResult probe(ProbeRequest request);

  /**
   * Judges the carrier's metrics (ASR and PDD p95 over its last 50 calls, consecutive OPTIONS
   * failures) with the carrier alert table and raises or clears alerts in one transaction.
   */
  AlertChanges evaluate(EvaluateRequest request);

  /**
   * Posts the alert change to the tenant's webhook, signed; throws (and is retried) while it fails.
   */
  void notifyWebhook(AlertChange change);

  /** Queues the alert change as an email in the outbox, once. */
  void notifyEmail(AlertChange change);
}
