package com.didtron.workflows.siptest;

import java.util.UUID;

/**
 * Probe one carrier once: OPTIONS, and a test call when it has a probe number. The run id keys
 * both.
 */
public record ProbeRequest(UUID carrierId, String workflowRunId) {}
