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
class FraudScanSchedule extends RecurringWorkflow.OnCron {
  FraudScanSchedule(@Value("${didtron.fraud.scan.cron:* * * * *}") String cron) {
    super(FraudScanWorkflow.class, FraudScanWorkflow.SCHEDULED_ID, "fraud-scan", cron, false);
  }
}
