package com.didtron.workflows.fx;

/**
 * Which day's rates to fetch.
 *
 * @param day ISO date (UTC), e.g. {@code 2026-01-31}
 */
public record FxFetchRequest(String day, String workflowId) {}
