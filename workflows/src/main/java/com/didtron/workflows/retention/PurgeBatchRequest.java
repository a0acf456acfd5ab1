package com.didtron.workflows.retention;

/**
 * One batch of the purge.
 *
 * @param entityType which kind of row (see the retention_policy table)
 * @param workflowId written to every audit entry, so a removal traces back to its run
 * @param batchSize how many rows at most in this transaction
 */
public record PurgeBatchRequest(String entityType, String workflowId, int batchSize) {}
