package com.didtron.activities.cdr;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.cdr.CdrInboxWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The CDR inbox is swept on {@code didtron.cdr.inbox-cron} (every 5 minutes by default, UTC). */
@Component
class CdrInboxSchedule extends RecurringWorkflow.OnCron {
  CdrInboxSchedule(@Value("${didtron.cdr.inbox-cron:*/5 * * * *}") String cron) {
    super(CdrInboxWorkflow.class, CdrInboxWorkflow.SCHEDULED_ID, "cdr-inbox", cron, true);
  }
}
