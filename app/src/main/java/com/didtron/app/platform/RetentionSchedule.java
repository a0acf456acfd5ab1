package com.didtron.app.platform;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.retention.RetentionPurgeWorkflow;
import org.springframework.stereotype.Component;

/** The daily retention purge ({@code didtron.retention.cron}). */
@Component
class RetentionSchedule implements RecurringWorkflow {
  private final DidtronProperties props;

  RetentionSchedule(DidtronProperties props) {
    this.props = props;
  }

  @Override
  public Class<?> workflowType() {
    return RetentionPurgeWorkflow.class;
  }

  @Override
  public String workflowId() {
    return RetentionPurgeWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "retention";
  }

  @Override
  public String cron() {
    return props.retention().cron();
  }
}
