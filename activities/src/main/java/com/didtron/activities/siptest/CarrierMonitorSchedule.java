package com.didtron.activities.siptest;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.siptest.CarrierMonitorWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Carrier monitoring runs on its Temporal cron schedule ({@code didtron.sip.monitor.cron}, every 5
 * minutes by default, UTC); the platform runs on without it if it cannot be scheduled.
 */
@Component
class CarrierMonitorSchedule extends RecurringWorkflow.OnCron {
  CarrierMonitorSchedule(@Value("${didtron.sip.monitor.cron:*/5 * * * *}") String cron) {
    super(
        CarrierMonitorWorkflow.class,
        CarrierMonitorWorkflow.SCHEDULED_ID,
        "carrier-monitor",
        cron,
        false);
  }
}
