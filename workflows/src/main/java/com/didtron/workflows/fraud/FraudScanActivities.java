package com.didtron.workflows.fraud;

import io.temporal.activity.ActivityInterface;

/** The step of fraud detection. */
@ActivityInterface(namePrefix = "FraudScan")
public interface FraudScanActivities {
  /**
   * Measures every active account with recent CDRs, judges each metric with the fraud table, and
   * opens or escalates events with their actions (each in its own transaction; one open event per
   * account and metric, so a repeated scan changes nothing).
   */
  FraudScanReport scan();
}
