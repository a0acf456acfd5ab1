package com.didtron.workflows.netting;

import io.temporal.activity.ActivityInterface;

/**
 * Proposals are idempotent per (account, currency, period): a repeated run proposes nothing new.
 */
@ActivityInterface(namePrefix = "Netting")
public interface NettingActivities {
  /** Proposes netting for every eligible company; {@code workflowId} is stored on each proposal. */
  int proposeAll(String workflowId);
}
