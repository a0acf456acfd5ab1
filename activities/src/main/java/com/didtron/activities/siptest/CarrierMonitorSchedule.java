package com.didtron.activities.siptest;

import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.workflows.siptest.CarrierMonitorWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure carrier monitoring runs on its Temporal cron schedule ({@code didtron.sip.monitor.cron},
 * every 5 minutes by default, UTC) once the platform is ready; a schedule already running is kept.
 */
@Component
class CarrierMonitorSchedule {
  private static final Logger log = LoggerFactory.getLogger(CarrierMonitorSchedule.class);

  private final WorkflowLauncher launcher;
  private final String cron;

  CarrierMonitorSchedule(WorkflowLauncher launcher, @Value("${didtron.sip.monitor.cron:*/5 * * * *}") String cron) {
    this.launcher = launcher;
    this.cron = cron;
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    try {
      launcher.start(new WorkflowLauncher.Start(CarrierMonitorWorkflow.class, CarrierMonitorWorkflow.SCHEDULED_ID,
          "carrier-monitor", null, cron));
    } catch (RuntimeException e) {
      log.warn("Carrier monitoring not scheduled: {}", e.getMessage());
    }
  }
}
