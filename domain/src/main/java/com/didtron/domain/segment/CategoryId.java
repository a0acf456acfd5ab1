package com.didtron.domain.segment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer category of a tenant. */
public record CategoryId(UUID value) {
  public CategoryId {
    Objects.requireNonNull(value, "value");
  }

  public static CategoryId of(String text) {
    return new CategoryId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
