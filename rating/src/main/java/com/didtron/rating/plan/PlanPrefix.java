package com.didtron.rating.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One effective prefix of a deck and its rate per minute in the deck's currency.
 *
 * @param prefix digits only
 * @param rate rate per minute
 */
public record PlanPrefix(String prefix, BigDecimal rate) {
  /** Checks the prefix is digits and the rate present. */
  public PlanPrefix {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(rate, "rate");
    if (prefix.isEmpty() || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a prefix is one or more digits, got '" + prefix + "'");
    }
  }
}
