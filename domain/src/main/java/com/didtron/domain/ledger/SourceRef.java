package com.didtron.domain.ledger;

import java.util.Objects;

/** The source document of a journal entry: its type and its id (as text, e.g. a UUID). */
public record SourceRef(SourceType type, String id) {
  public SourceRef {
    Objects.requireNonNull(type, "source type");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a journal entry needs the id of its source document");
    }
  }

  public static SourceRef of(SourceType type, Object id) {
    return new SourceRef(type, String.valueOf(id));
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
