package com.didtron.workflows.siptest;

import io.temporal.activity.ActivityInterface;

/**
 * The steps of a SIP test campaign run; each is one database transaction (placing a call, one
 * call).
 */
@ActivityInterface(namePrefix = "SipCampaign")
public interface SipCampaignActivities {
  /**
   * Creates the run (idempotent on the Temporal run) and lists its calls: destinations × carriers ×
   * count.
   */
  CampaignPlan plan(PlanRequest request);

  /**
   * Places one test call against the carrier's SIP target and stores its result. Idempotent: a call
   * already stored under (run, index) is returned without calling again.
   */
  PlacedCall placeCall(PlaceCallRequest request);

  /** Marks the run finished and, for a one-off campaign, the campaign too. */
  CampaignRunReport finish(FinishRequest request);
}
