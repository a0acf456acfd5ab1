package com.didtron.workflows.siptest;

import java.util.UUID;

/**
 * Re-judge a carrier's alerts from its latest measurements; the workflow id goes to the audit log.
 */
public record EvaluateRequest(UUID carrierId, String workflowId) {}
