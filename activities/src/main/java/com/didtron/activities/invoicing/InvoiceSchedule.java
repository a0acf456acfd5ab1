package com.didtron.activities.invoicing;

import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.activities.workflowindex.RecurringWorkflow;
import com.didtron.workflows.invoicing.InvoiceSchedulerWorkflow;
import org.springframework.stereotype.Component;

/**
 * The invoice scheduler looks for ended billing periods on {@code didtron.settlement.invoice-cron}.
 */
@Component
class InvoiceSchedule extends RecurringWorkflow.OnCron {
  InvoiceSchedule(SettlementSettings settings) {
    super(
        InvoiceSchedulerWorkflow.class,
        InvoiceSchedulerWorkflow.SCHEDULED_ID,
        "invoicing",
        settings.invoiceCron(),
        true);
  }
}
