package com.didtron.activities.did;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.did.DidSweepWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers' lifecycle sweep (expired reservations, quarantines, suspensions) runs on its
 * Temporal cron schedule ({@code didtron.did.lifecycle.cron}, five past every hour by default); the
 * platform runs on without it if it cannot be scheduled.
 */
@Component
class DidLifecycleSchedule extends RecurringWorkflow.OnCron {
  DidLifecycleSchedule(@Value("${didtron.did.lifecycle.cron:5 * * * *}") String cron) {
    super(DidSweepWorkflow.class, DidSweepWorkflow.SCHEDULED_ID, "did-lifecycle", cron, false);
  }
}
