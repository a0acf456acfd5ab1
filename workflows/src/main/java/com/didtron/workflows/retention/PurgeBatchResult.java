package com.didtron.workflows.retention;

/**
 * What one batch did.
 *
 * @param purged rows removed for good
 * @param keptReferenced expired rows kept because live data still points at them
 * @param more whether expired rows may remain (the batch was full)
 */
public record PurgeBatchResult(String entityType, int purged, int keptReferenced, boolean more) {}
