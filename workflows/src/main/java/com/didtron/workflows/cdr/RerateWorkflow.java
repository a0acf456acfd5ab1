package com.didtron.workflows.cdr;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Re-rates the CDRs of a period after a deck fix: unrated CDRs only, or all of them. Every CDR is
 * rated again with the decks active now (their effective dates select the entry valid at the call);
 * for CDRs already charged only the difference is posted, as new usage batches through the same
 * seam as ingestion, so nothing is ever charged twice.
 */
@WorkflowInterface
public interface RerateWorkflow {
  @WorkflowMethod
  RerateReport rerate(RerateRequest request);

  /** The workflow id of a re-rate: one at a time per tenant, period and scope. */
  static String workflowId(RerateRequest r) {
    return "rerate-" + r.tenantId() + "-" + r.from() + "-" + r.to() + "-" + r.scope();
  }
}
