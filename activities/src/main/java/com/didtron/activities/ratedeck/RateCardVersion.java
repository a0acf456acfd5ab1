package com.didtron.activities.ratedeck;

import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.rating.deck.DeckMerge;
import com.didtron.rating.deck.ImportMode;
import java.time.Instant;
import java.util.UUID;

/**
 * One imported version of a rate card and what its import changed.
 *
 * @param baseVersionId the active version the import was compared with (null for the first)
 * @param dataRows rows read from the file (header and trailing empty lines excluded)
 * @param errorRows rows left out with a line-numbered reason
 * @param entries entries of the whole deck in this version
 * @param livePrefixesBefore prefixes live in the base version when the file was imported
 * @param closedPrefixes live prefixes a Replace closes
 */
public record RateCardVersion(
    UUID id,
    UUID cardId,
    int number,
    UUID baseVersionId,
    RateCardVersionStatus status,
    ImportMode mode,
    String sourceName,
    Instant closeAt,
    long dataRows,
    long errorRows,
    long entries,
    long newRows,
    long increasedRows,
    long decreasedRows,
    long unchangedRows,
    long closedRows,
    long withdrawnRows,
    long livePrefixesBefore,
    long closedPrefixes,
    Instant createdAt,
    String createdBy,
    Instant activatedAt,
    String activatedBy,
    boolean skippedInvalid) {

  /** True when activating needs an explicit "yes, close them" (a Replace closing most prefixes). */
  public boolean needsConfirmation() {
    return mode == ImportMode.REPLACE
        && livePrefixesBefore > 0
        && closedPrefixes > DeckMerge.MASS_CLOSE_SHARE * livePrefixesBefore;
  }
}
