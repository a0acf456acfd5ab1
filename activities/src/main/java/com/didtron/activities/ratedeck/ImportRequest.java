package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.ImportMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A deck file to import into a card.
 *
 * @param cardId the card
 * @param mode Add (upsert) or Replace (A-Z)
 * @param sourceName the file's name, shown in the version list
 * @param mapping how the file's columns map onto the canonical ones
 * @param closeAt when prefixes missing from a Replace file close; null: the file's earliest
 *     effective_from
 */
public record ImportRequest(
    UUID cardId, ImportMode mode, String sourceName, ColumnMapping mapping, Instant closeAt) {
  public ImportRequest {
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(mode, "mode");
    sourceName = sourceName == null || sourceName.isBlank() ? "upload.csv" : sourceName.strip();
    mapping = mapping == null ? ColumnMapping.canonical() : mapping;
  }
}
