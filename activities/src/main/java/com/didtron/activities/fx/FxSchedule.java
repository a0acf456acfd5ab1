package com.didtron.activities.fx;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.fx.FxRatesWorkflow;
import org.springframework.stereotype.Component;

/**
 * The daily FX rate refresh ({@code didtron.oxr.cron}, a Temporal cron workflow like the retention
 * purge); the platform runs on without it if it cannot be scheduled.
 */
@Component
class FxSchedule implements RecurringWorkflow {
  private final OxrSettings oxr;

  FxSchedule(OxrSettings oxr) {
    this.oxr = oxr;
  }

  @Override
  public Class<?> workflowType() {
    return FxRatesWorkflow.class;
  }

  @Override
  public String workflowId() {
    return FxRatesWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "fx-rates";
  }

  @Override
  public String cron() {
    return oxr.cron();
  }

  @Override
  public boolean required() {
    return false;
  }
}
