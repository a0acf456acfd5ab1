package com.didtron.it;

import static com.didtron.activities.db.Tables.WORKFLOW_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.activities.workflowindex.RecurringWorkflows;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recurring workflows register themselves as beans and are all scheduled when the worker starts.
 */
class RecurringWorkflowsIT extends PlatformIT {
  @Autowired RecurringWorkflows recurring;
  @Autowired WorkflowStatusReader reader;
  @Autowired DSLContext db;

  @Test
  void eachFeatureScheduleIsFoundWithoutACentralList() {
    assertThat(recurring.all())
        .extracting(RecurringWorkflow::workflowId)
        .containsExactlyInAnyOrder(
            "retention-purge",
            "invoice-scheduler",
            "netting-proposals",
            "cdr-inbox",
            "fx-rates-daily",
            "carrier-monitor",
            "fraud-scan",
            "did-rental-daily",
            "did-lifecycle-sweep",
            "switch-sync-kamailio");
  }

  @Test
  void everyRecurringWorkflowRunsUnderItsIdWithTheCronFromTheSettings() {
    assertThat(recurring.all())
        .allSatisfy(
            r -> {
              assertThat(reader.current(r.workflowId())).as(r.workflowId()).isPresent();
              assertThat(
                      db.selectDistinct(WORKFLOW_RUN.CRON_SCHEDULE, WORKFLOW_RUN.WORKFLOW_TYPE)
                          .from(WORKFLOW_RUN)
                          .where(WORKFLOW_RUN.WORKFLOW_ID.eq(r.workflowId()))
                          .fetch())
                  .as(r.workflowId())
                  .extracting(x -> x.value1() + " " + x.value2())
                  .containsExactly(r.cron() + " " + r.workflowType().getSimpleName());
            });
  }

  @Test
  void theSettingsDecideTheCron() {
    assertThat(recurring.all())
        .filteredOn(r -> r.workflowId().equals("netting-proposals"))
        .extracting(RecurringWorkflow::cron)
        .containsExactly("0 3 1 1 *");
    assertThat(recurring.all())
        .filteredOn(r -> r.workflowId().equals("retention-purge"))
        .extracting(RecurringWorkflow::cron)
        .containsExactly("17 3 * * *");
  }
}
