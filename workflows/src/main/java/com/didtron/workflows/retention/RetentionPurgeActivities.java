package com.didtron.workflows.retention;

import io.temporal.activity.ActivityInterface;

/** The steps of the retention purge; each call is one database transaction. */
@ActivityInterface
public interface RetentionPurgeActivities {
  /** The entity types that have a retention policy, in the order they must be purged. */
  PurgePlan plan(PurgePlanRequest request);

  /**
   * Removes up to {@code batchSize} expired rows of one entity type and audits each removal.
   * Idempotent: rows already gone are simply not found again.
   */
  PurgeBatchResult purgeBatch(PurgeBatchRequest request);
}
