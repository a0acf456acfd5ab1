package com.didtron.rating.deck;

import java.util.List;

/**
 * What a deck file contained: the valid rows in file order and every problem found, ordered by
 * line. Rows with a problem are left out of {@code entries}; the rest stay usable.
 *
 * @param entries valid rows, in file order
 * @param errors problems, ordered by line number
 * @param headerUsable false when the header line was wrong, so no row was read
 * @param dataRows number of rows read after the header, trailing empty lines excluded
 */
public record DeckParseResult(
    List<RateEntry> entries, List<LineError> errors, boolean headerUsable, long dataRows) {

  /** Copies the lists so the result stays immutable. */
  public DeckParseResult {
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  /** True when the file had no problem at all. */
  public boolean isClean() {
    return errors.isEmpty();
  }
}
