package com.didtron.rating.lcr;

import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Exact conversion into one base currency: {@code amountInBase = amount * rateToBase(currency)}.
 * Rates are supplied by the caller (the platform's FX table), never looked up here.
 */
@FunctionalInterface
public interface CurrencyConversion {
  /**
   * How many units of the base currency one unit of {@code currency} is worth.
   *
   * @throws IllegalArgumentException when no rate is known for {@code currency}
   */
  BigDecimal rateToBase(CurrencyCode currency);

  /** A fixed table; the base currency converts at 1 whether listed or not. */
  static CurrencyConversion of(CurrencyCode base, Map<CurrencyCode, BigDecimal> rates) {
    Objects.requireNonNull(base, "base");
    Map<CurrencyCode, BigDecimal> table = new HashMap<>(rates);
    table.putIfAbsent(base, BigDecimal.ONE);
    table
        .values()
        .forEach(
            rate -> {
              if (rate.signum() <= 0) {
                throw new IllegalArgumentException(
                    "conversion rates must be positive, got " + rate);
              }
            });
    Map<CurrencyCode, BigDecimal> fixed = Map.copyOf(table);
    return currency -> {
      BigDecimal rate = fixed.get(currency);
      if (rate == null) {
        throw new IllegalArgumentException("no conversion rate from " + currency + " to " + base);
      }
      return rate;
    };
  }
}
