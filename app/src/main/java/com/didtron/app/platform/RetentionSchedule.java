package com.didtron.app.platform;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.retention.RetentionPurgeWorkflow;
import org.springframework.stereotype.Component;

/** The daily retention purge ({@code didtron.retention.cron}). */
@Component
class RetentionSchedule extends RecurringWorkflow.OnCron {
  RetentionSchedule(DidtronProperties props) {
    super(
        RetentionPurgeWorkflow.class,
        RetentionPurgeWorkflow.SCHEDULED_ID,
        "retention",
        props.retention().cron(),
        true);
  }
}
