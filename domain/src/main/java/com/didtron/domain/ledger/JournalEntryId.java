package com.didtron.domain.ledger;

import java.util.Objects;
import java.util.UUID;

/** Identifies a journal entry. */
public record JournalEntryId(UUID value) {
  public JournalEntryId {
    Objects.requireNonNull(value, "journal entry id");
  }

  public static JournalEntryId of(String value) {
    return new JournalEntryId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
