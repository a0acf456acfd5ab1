package com.didtron.domain.netting;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Bilateral netting of a company that is both our customer and our carrier, in one currency
 * (PortaBilling's "offset balance", GSC/ITU-T D.170 practice): open disputes are held out of what
 * we owe; when both what it owes us and what we owe it (after the hold) exceed the threshold, both
 * are reduced by the lesser amount.
 *
 * <p>Example: threshold 100, we owe 140, it owes 105: offset 105, leaving 35 owed by us and 0 by
 * it.
 */
public final class NettingDecision {
  private NettingDecision() {}

  /** The balances looked at and the amount to offset (empty when netting does not apply). */
  public record Outcome(
      BigDecimal customerOwes,
      BigDecimal weOwe,
      BigDecimal disputed,
      BigDecimal nettable,
      Optional<BigDecimal> offset) {}

  /**
   * @param customerOwes what the company owes us as a customer (negative: it has prepaid funds)
   * @param weOwe what we owe it as a carrier (negative: it owes us on that side)
   * @param disputed open disputes on its carrier charges, held out of {@code weOwe}
   * @param threshold both sides must exceed it
   */
  public static Outcome decide(
      BigDecimal customerOwes, BigDecimal weOwe, BigDecimal disputed, BigDecimal threshold) {
    Objects.requireNonNull(threshold, "threshold");
    BigDecimal nettable = weOwe.subtract(disputed.max(BigDecimal.ZERO));
    boolean both = customerOwes.compareTo(threshold) > 0 && nettable.compareTo(threshold) > 0;
    Optional<BigDecimal> offset = both ? Optional.of(customerOwes.min(nettable)) : Optional.empty();
    return new Outcome(customerOwes, weOwe, disputed, nettable, offset);
  }
}
