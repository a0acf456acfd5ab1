package com.didtron.domain.trunk;

import java.util.Objects;
import java.util.UUID;

/** Identifies one trunk (interconnect) of an account. */
public record TrunkId(UUID value) {
  public TrunkId {
    Objects.requireNonNull(value, "trunk id");
  }

  public static TrunkId of(String value) {
    return new TrunkId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
