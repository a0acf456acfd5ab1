package com.didtron.activities.switchsync;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which breakout statistics to pull: UTC days {@code from} to {@code to}, both included.
 *
 * @param customerId the switch's customer id, or null for all customers
 */
public record BreakoutQuery(LocalDate from, LocalDate to, String customerId) {
  public BreakoutQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
    }
  }
}
