package com.didtron.domain.did;

import java.util.Objects;

/**
 * One thing to prove for a number type in a country.
 *
 * @param maxAgeDays how old the document may be, or null for any age
 * @param note what the customer is told
 */
public record DidRequirement(
    NumberType type, KycDocument document, Integer maxAgeDays, String note) {
  public DidRequirement {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(document, "document");
    note = note == null ? "" : note.strip();
  }
}
