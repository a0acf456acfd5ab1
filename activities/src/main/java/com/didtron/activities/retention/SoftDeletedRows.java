package com.didtron.activities.retention;

import com.didtron.activities.Facade;
import java.time.Instant;

/**
 * A feature whose rows are soft deleted and purged after their retention period. The feature that
 * owns the table implements it (so only the owner touches its rows); the retention purge asks each
 * one, children before parents ({@link #purgeOrder()}), with the cutoff from {@code
 * retention_policy}.
 */
@Facade
public interface SoftDeletedRows {
  /**
   * The entity type in {@code retention_policy} and in the audit log: {@code user}, {@code
   * account}…
   */
  String entityType();

  /** Lower first: a child's rows are purged before its parent's, so they do not keep it alive. */
  int purgeOrder();

  /**
   * Removes up to {@code batchSize} rows deleted before {@code deletedBefore} that nothing still
   * references, each audited as PURGE (the row as it was, secrets left out) with the workflow id;
   * in the caller's transaction.
   */
  Batch purge(Instant deletedBefore, int batchSize, String workflowId);

  /** What one batch did: rows removed, and expired rows kept because live data references them. */
  record Batch(int purged, int keptReferenced) {}
}
