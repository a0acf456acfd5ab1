package com.didtron.domain.segment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer group inside a category. */
public record GroupId(UUID value) {
  public GroupId {
    Objects.requireNonNull(value, "value");
  }

  public static GroupId of(String text) {
    return new GroupId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
