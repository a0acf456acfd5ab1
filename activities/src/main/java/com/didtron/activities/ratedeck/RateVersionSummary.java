package com.didtron.activities.ratedeck;

import com.didtron.domain.ratedeck.RateCardVersionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of an owner's own card in its history of rate changes.
 *
 * @param receivedAt when the version was made (a carrier's upload: when it arrived)
 * @param publishedAt when it became the active prices; null while it waits for review
 * @param effectiveAt the date the change takes effect (the file's effective date)
 * @param removedRows prefixes the change closed
 */
public record RateVersionSummary(
    UUID id,
    int number,
    RateCardVersionStatus status,
    Instant receivedAt,
    Instant publishedAt,
    Instant effectiveAt,
    long entries,
    long newRows,
    long increasedRows,
    long decreasedRows,
    long unchangedRows,
    long removedRows) {}
