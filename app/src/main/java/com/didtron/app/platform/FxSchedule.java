package com.didtron.app.platform;

import com.didtron.activities.fx.OxrSettings;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.workflows.fx.FxRatesWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes sure the daily FX rate refresh is scheduled (a Temporal cron workflow, like the retention purge). */
@Component
class FxSchedule {
  private static final Logger log = LoggerFactory.getLogger(FxSchedule.class);

  private final WorkflowLauncher launcher;
  private final OxrSettings oxr;

  FxSchedule(WorkflowLauncher launcher, OxrSettings oxr) {
    this.launcher = launcher;
    this.oxr = oxr;
  }

  @EventListener(ApplicationReadyEvent.class)
  void schedule() {
    try {
      launcher.start(new WorkflowLauncher.Start(FxRatesWorkflow.class, FxRatesWorkflow.SCHEDULED_ID,
          "fx-rates", null, oxr.cron()));
    } catch (RuntimeException e) {
      log.warn("Could not schedule the daily FX refresh: {}", e.getMessage());
    }
  }
}
