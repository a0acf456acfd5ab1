package com.didtron.workflows.cdr;

/**
 * One chunk of a re-rate: up to {@code limit} CDRs of the period after the cursor (by start time,
 * source, call id; all null for the first chunk).
 */
public record RerateChunkRequest(
    RerateRequest rerate,
    String afterStart,
    String afterSource,
    String afterCallId,
    int limit,
    String workflowId) {}
