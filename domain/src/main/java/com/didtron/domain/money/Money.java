package com.didtron.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in one currency. Amounts keep up to {@link #SCALE} decimals (rating precision);
 * arithmetic across currencies is refused rather than silently mixed.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {
  /** Decimals kept for every amount (micro-units): the precision of per-call rating. */
  public static final int SCALE = 6;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.scale() > SCALE) {
      throw new IllegalArgumentException(
          "amount " + amount.toPlainString() + " has more than " + SCALE + " decimals");
    }
    amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  public static Money of(String amount, String currency) {
    return new Money(AmountParser.require(amount), CurrencyCode.of(currency));
  }

  public static Money zero(CurrencyCode currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
    }
    return other;
  }

  @Override
  public String toString() {
    return amount.stripTrailingZeros().toPlainString() + " " + currency;
  }
}
