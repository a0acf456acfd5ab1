package com.didtron.ui.api.ratedeck;

import com.didtron.activities.ratedeck.RateCardVersion;
import java.time.Instant;
import java.util.UUID;

/** A version of a rate card and what its import changed. */
public record RateCardVersionJson(
    UUID id,
    UUID cardId,
    int number,
    String status,
    String mode,
    String file,
    long dataRows,
    long invalidRows,
    long entries,
    long newRows,
    long increased,
    long decreased,
    long unchanged,
    long closed,
    long withdrawn,
    long livePrefixesBefore,
    long closedPrefixes,
    boolean needsConfirmation,
    Instant importedAt,
    String importedBy,
    Instant activatedAt,
    String activatedBy) {
  static RateCardVersionJson of(RateCardVersion v) {
    return new RateCardVersionJson(
        v.id(),
        v.cardId(),
        v.number(),
        v.status().name(),
        v.mode().name(),
        v.sourceName(),
        v.dataRows(),
        v.errorRows(),
        v.entries(),
        v.newRows(),
        v.increasedRows(),
        v.decreasedRows(),
        v.unchangedRows(),
        v.closedRows(),
        v.withdrawnRows(),
        v.livePrefixesBefore(),
        v.closedPrefixes(),
        v.needsConfirmation(),
        v.createdAt(),
        v.createdBy(),
        v.activatedAt(),
        v.activatedBy());
  }
}
