package com.didtron.domain.user;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user of the portals or the API. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "user id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
