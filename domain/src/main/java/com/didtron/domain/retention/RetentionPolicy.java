package com.didtron.domain.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long soft-deleted rows of one entity type are kept (for restore, audit and legal holds)
 * before the retention purge removes them for good.
 */
public record RetentionPolicy(String entityType, int retentionDays) {
  public RetentionPolicy {
    if (retentionDays < 0) {
      throw new IllegalArgumentException("retention days cannot be negative");
    }
  }

  /** Rows soft-deleted strictly before this instant are past retention at {@code now}. */
  public Instant purgeDeletedBefore(Instant now) {
    return now.minus(Duration.ofDays(retentionDays));
  }
}
