package com.didtron.workflows.siptest;

import java.util.UUID;

/**
 * Which campaign to run; every run (each cron firing of a recurring one) plans its calls afresh.
 */
public record CampaignRunRequest(UUID campaignId) {}
