package com.didtron.workflows.cdr;

import io.temporal.activity.ActivityInterface;

/** The step of a re-rate: one chunk of CDRs per database transaction. */
@ActivityInterface
public interface RerateActivities {
  /**
   * Re-rates one chunk, updates the changed CDRs and posts the difference between the new charges
   * and those already posted as one usage batch, in one transaction. Idempotent: a retried chunk
   * finds its CDRs already re-rated and posts nothing.
   */
  RerateChunkResult rerateChunk(RerateChunkRequest request);
}
