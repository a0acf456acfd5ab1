package com.didtron.workflows.siptest;

import java.util.UUID;

/** Asks for a run's plan; the Temporal run id makes the run row idempotent. */
public record PlanRequest(UUID campaignId, String workflowId, String workflowRunId) {}
