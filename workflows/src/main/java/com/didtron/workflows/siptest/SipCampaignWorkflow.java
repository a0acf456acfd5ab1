package com.didtron.workflows.siptest;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * A SIP test campaign run: calls every destination through every carrier the planned number of
 * times, never more than the campaign's concurrent calls and calls per second, and stores every
 * call's result. A recurring campaign is the same workflow on a Temporal cron schedule; cancelling
 * the workflow stops the campaign (calls in progress end on their own timeouts).
 */
@WorkflowInterface
public interface SipCampaignWorkflow {
  /** Workflow id of a campaign: one per campaign. */
  static String workflowId(UUID campaignId) {
    return "sip-campaign-" + campaignId;
  }

  @WorkflowMethod
  CampaignRunReport run(CampaignRunRequest request);
}
