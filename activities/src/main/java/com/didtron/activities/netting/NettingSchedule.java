package com.didtron.activities.netting;

import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.netting.NettingWorkflow;
import org.springframework.stereotype.Component;

/** Netting proposals are computed on {@code didtron.settlement.netting-cron}. */
@Component
class NettingSchedule extends RecurringWorkflow.OnCron {
  NettingSchedule(SettlementSettings settings) {
    super(
        NettingWorkflow.class,
        NettingWorkflow.SCHEDULED_ID,
        "netting",
        settings.nettingCron(),
        true);
  }
}
