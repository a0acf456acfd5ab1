package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Waits for the period to close, then issues, renders and emails, and starts the overdue watch of
 * an invoice that is to be paid; see {@link InvoiceRunWorkflow}.
 */
public class InvoiceRunWorkflowImpl implements InvoiceRunWorkflow {
  private final InvoicingActivities activities =
      Workflow.newActivityStub(
          InvoicingActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setMaximumInterval(Duration.ofMinutes(5))
                      .build())
              .build());

  @Override
  public InvoiceRunResult run(InvoiceRunRequest request) {
    InvoiceRunPlan plan = activities.plan(request);
    long wait = plan.closesAtEpochMillis() - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.sleep(Duration.ofMillis(wait));
    }
    String workflowId = Workflow.getInfo().getWorkflowId();
    IssuedInvoice issued =
        activities.issue(
            new IssueInvoiceRequest(
                request.tenantId(), request.accountId(), plan.periodKey(), workflowId));
    if (!issued.billed()) {
      return new InvoiceRunResult(null, null);
    }
    InvoiceRef ref = new InvoiceRef(request.tenantId(), issued.invoiceId());
    activities.renderPdf(ref);
    activities.email(ref);
    if (Workflow.getVersion("overdue-watch", Workflow.DEFAULT_VERSION, 1) >= 1) {
      activities.watchOverdue(ref);
    }
    return new InvoiceRunResult(issued.invoiceId(), issued.number());
  }
}
