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
class CarrierMonitorSchedule implements RecurringWorkflow {
  private final String cron;

  CarrierMonitorSchedule(@Value("${didtron.sip.monitor.cron:*/5 * * * *}") String cron) {
    this.cron = cron;
  }

  @Override
  public Class<?> workflowType() {
    return CarrierMonitorWorkflow.class;
  }

  @Override
  public String workflowId() {
    return CarrierMonitorWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "carrier-monitor";
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
