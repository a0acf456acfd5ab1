package com.didtron.activities.switchcdr;

import com.didtron.activities.Facade;
import java.time.Instant;
import java.util.List;

/**
 * Where a CDR source's pull stands, for operators.
 *
 * @param lastId the local Kamailio's highest row id read (0 for a hosted switch)
 * @param awaiting ids below {@code lastId} not read yet (rows still being written), read again
 * @param rowsRead rows read since the first pull; stored, duplicates and rejected likewise
 * @param lastError why the last pull failed, or null
 * @param recentRejects the latest rejected rows, newest first
 */
@Facade
public record SourceState(
    String source,
    long lastId,
    Instant lastPullAt,
    long rowsRead,
    long stored,
    long duplicates,
    long rejected,
    int awaiting,
    String lastError,
    List<Reject> recentRejects) {
  public SourceState {
    recentRejects = List.copyOf(recentRejects);
  }

  /** A kept row that could not be stored as a CDR. */
  public record Reject(String rowId, String callId, String reason, String raw, Instant pulledAt) {}
}
