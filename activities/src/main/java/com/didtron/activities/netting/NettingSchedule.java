package com.didtron.activities.netting;

import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.netting.NettingWorkflow;
import org.springframework.stereotype.Component;

/** Netting proposals are computed on {@code didtron.settlement.netting-cron}. */
@Component
class NettingSchedule implements RecurringWorkflow {
  private final SettlementSettings settings;

  NettingSchedule(SettlementSettings settings) {
    this.settings = settings;
  }

  @Override
  public Class<?> workflowType() {
    return NettingWorkflow.class;
  }

  @Override
  public String workflowId() {
    return NettingWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "netting";
  }

  @Override
  public String cron() {
    return settings.nettingCron();
  }
}
