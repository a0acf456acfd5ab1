package com.didtron.workflows.did;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * The provisioning saga of a DID order (issue 12 point 6): PROVISIONING → check the requirements
 * again → charge each number's setup fee → order each number at its provider → activate the numbers
 * (with a switch change each) → ACTIVE. When a step fails the steps done are undone in reverse:
 * numbers released at the provider, setup charges reversed, the reservation freed, and the order
 * ends FAILED with the reason.
 */
@WorkflowInterface
public interface DidOrderWorkflow {
  static String workflowId(UUID orderId) {
    return "did-order-" + orderId;
  }

  /** ACTIVE or FAILED. */
  @WorkflowMethod
  String run(DidOrderRequest request);

  /** PROVISIONING, ACTIVE, COMPENSATING or FAILED. */
  @QueryMethod
  String state();
}
