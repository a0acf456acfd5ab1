package com.didtron.activities.invoicing;

import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.invoicing.InvoiceSchedulerWorkflow;
import org.springframework.stereotype.Component;

/**
 * The invoice scheduler looks for ended billing periods on {@code didtron.settlement.invoice-cron}.
 */
@Component
class InvoiceSchedule implements RecurringWorkflow {
  private final SettlementSettings settings;

  InvoiceSchedule(SettlementSettings settings) {
    this.settings = settings;
  }

  @Override
  public Class<?> workflowType() {
    return InvoiceSchedulerWorkflow.class;
  }

  @Override
  public String workflowId() {
    return InvoiceSchedulerWorkflow.SCHEDULED_ID;
  }

  @Override
  public String businessKey() {
    return "invoicing";
  }

  @Override
  public String cron() {
    return settings.invoiceCron();
  }
}
