package com.didtron.activities.fx;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.fx.FxRatesWorkflow;
import org.springframework.stereotype.Component;

/**
 * The daily FX rate refresh ({@code didtron.oxr.cron}, a Temporal cron workflow like the retention
 * purge); the platform runs on without it if it cannot be scheduled.
 */
@Component
class FxSchedule extends RecurringWorkflow.OnCron {
  FxSchedule(OxrSettings oxr) {
    super(FxRatesWorkflow.class, FxRatesWorkflow.SCHEDULED_ID, "fx-rates", oxr.cron(), false);
  }
}
