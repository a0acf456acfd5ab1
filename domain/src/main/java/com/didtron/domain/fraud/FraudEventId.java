package com.didtron.domain.fraud;

import java.util.Objects;
import java.util.UUID;

/** The id of a fraud event. */
public record FraudEventId(UUID value) {
  public FraudEventId {
    Objects.requireNonNull(value, "value");
  }

  public static FraudEventId parse(String text) {
    return new FraudEventId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
