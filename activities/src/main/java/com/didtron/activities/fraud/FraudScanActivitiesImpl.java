package com.didtron.activities.fraud;

import com.didtron.workflows.fraud.FraudScanActivities;
import com.didtron.workflows.fraud.FraudScanReport;
import org.springframework.stereotype.Component;

/** The scan step of the fraud workflow. */
@Component
class FraudScanActivitiesImpl implements FraudScanActivities {
  private final FraudDetector detector;

  FraudScanActivitiesImpl(FraudDetector detector) {
    this.detector = detector;
  }

  @Override
  public FraudScanReport scan() {
    return detector.scan();
  }
}
