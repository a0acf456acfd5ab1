package com.didtron.rating.lcr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Loss protection: a carrier whose base-currency rate per minute is above the sell rate would lose
 * money on every minute. Equal rates are not a loss.
 */
public final class LossProtection {
  private LossProtection() {}

  /**
   * A ranked carrier with its loss mark.
   *
   * @param quote the carrier's quote
   * @param loss true when its base rate exceeds the sell rate
   */
  public record MarkedQuote(CarrierQuote quote, boolean loss) {}

  /** Marks every quote of {@code ranking}, keeping the ranking's order. */
  public static List<MarkedQuote> mark(LcrRanking ranking, BigDecimal sellRateInBase) {
    Objects.requireNonNull(sellRateInBase, "sellRateInBase");
    return ranking.quotes().stream()
        .map(q -> new MarkedQuote(q, q.baseRate().compareTo(sellRateInBase) > 0))
        .toList();
  }

  /** Only the quotes that do not lose money, in ranking order. */
  public static List<CarrierQuote> withoutLoss(LcrRanking ranking, BigDecimal sellRateInBase) {
    return mark(ranking, sellRateInBase).stream()
        .filter(m -> !m.loss())
        .map(MarkedQuote::quote)
        .toList();
  }
}
