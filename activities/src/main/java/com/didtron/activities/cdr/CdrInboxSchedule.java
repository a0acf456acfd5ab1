package com.didtron.activities.cdr;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.cdr.CdrInboxWorkflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The CDR inbox is swept on {@code didtron.cdr.inbox-cron} (every 5 minutes by default, UTC). */
@Component
class CdrInboxSchedule implements RecurringWorkflow {
  private final String cron;

  CdrInboxSchedule(@Value("${didtron.cdr.inbox-cron:*/5 * * * *}") String cron) {
    this.cron = cron;
  }

  @Override
  public Class<?> workflowType() {
    return CdrInboxWorkflow.class;
  }

  @Override
  public String workflowId() {
    return CdrInboxWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "cdr-inbox";
  }

  @Override
  public String cron() {
    return cron;
  }
}
