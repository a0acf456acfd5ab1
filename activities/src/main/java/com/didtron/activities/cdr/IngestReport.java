package com.didtron.activities.cdr;

import com.didtron.rating.deck.LineError;
import java.util.List;
import java.util.UUID;

/**
 * What an ingest did.
 *
 * @param ingestId the ingest's id (its rejected lines and batches hang off it)
 * @param accepted CDRs stored now (rated + unrated)
 * @param rated stored CDRs rated on both legs and charged
 * @param unrated stored CDRs kept unrated with a reason (re-ratable)
 * @param duplicates CDRs skipped because their (source, call_id, start_time) was stored before
 * @param rejected lines that were not readable CDRs
 * @param firstRejects the first rejected lines with their reasons
 * @param refusal why nothing was read (a wrong header), or null
 */
public record IngestReport(
    UUID ingestId,
    long accepted,
    long rated,
    long unrated,
    long duplicates,
    long rejected,
    List<LineError> firstRejects,
    String refusal) {
  public IngestReport {
    firstRejects = List.copyOf(firstRejects);
  }

  /** One-line summary for messages and logs. */
  public String summary() {
    if (refusal != null) {
      return "Nothing ingested: " + refusal;
    }
    return accepted
        + " CDRs stored ("
        + rated
        + " rated, "
        + unrated
        + " unrated), "
        + duplicates
        + " duplicates skipped, "
        + rejected
        + " lines rejected";
  }
}
