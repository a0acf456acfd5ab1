package com.didtron.activities.fraud;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.fraud.FraudScanWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fraud detection runs on its Temporal cron schedule ({@code didtron.fraud.scan.cron}, every minute
 * by default, UTC); the platform runs on without it if it cannot be scheduled.
 */
@Component
class FraudScanSchedule implements RecurringWorkflow {
  private final String cron;

  FraudScanSchedule(@Value("${didtron.fraud.scan.cron:* * * * *}") String cron) {
    this.cron = cron;
  }

  @Override
  public Class<?> workflowType() {
    return FraudScanWorkflow.class;
  }

  @Override
  public String workflowId() {
    return FraudScanWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "fraud-scan";
  }

  @Override
  public String cron() {
    return cron;
  }

  @Override
  public boolean required() {
    return false;
  }
}
