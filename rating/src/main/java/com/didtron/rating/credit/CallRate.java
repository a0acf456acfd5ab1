package com.didtron.rating.credit;

import com.didtron.rating.engine.Billing;
import com.didtron.rating.engine.CompiledDeck;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The sell rate a call would be billed at: per minute, a connect fee and the billing increments
 * (first, then next), as the rater bills it ({@link Billing}).
 */
public record CallRate(BigDecimal perMinute, BigDecimal connectFee, int initial, int subsequent) {
  public CallRate {
    Objects.requireNonNull(perMinute, "perMinute");
    Objects.requireNonNull(connectFee, "connectFee");
    if (initial < 1 || subsequent < 1) {
      throw new IllegalArgumentException("increments must be at least one second");
    }
  }

  /** The rate of entry {@code e} of a compiled deck. */
  public static CallRate of(CompiledDeck deck, int e) {
    return new CallRate(
        deck.rate(e), deck.connectFee(e), deck.initialIncrement(e), deck.subsequentIncrement(e));
  }

  /**
   * The same rate in another currency: per minute and connect fee times {@code fx} (units of the
   * other currency per unit of this one), kept exact (no rounding before the cost is billed).
   */
  public CallRate converted(BigDecimal fx) {
    return new CallRate(perMinute.multiply(fx), connectFee.multiply(fx), initial, subsequent);
  }

  /** What a call of {@code seconds} whole seconds costs, exactly as the rater bills it. */
  public BigDecimal costOf(long seconds) {
    return Billing.cost(
        perMinute, connectFee, Billing.billableSeconds(seconds, initial, subsequent));
  }
}
