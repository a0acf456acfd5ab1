package com.didtron.domain.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A difference between the carrier's figures and ours beyond the tolerance.
 *
 * @param level DAY, DESTINATION (within a day) or CALL
 */
public record Difference(
    String level,
    LocalDate day,
    String destination,
    String callId,
    BigDecimal theirMinutes,
    BigDecimal theirAmount,
    BigDecimal ourMinutes,
    BigDecimal ourAmount) {

  public BigDecimal minuteDifference() {
    return theirMinutes.subtract(ourMinutes);
  }

  /** What the carrier charges beyond our rating (positive: they charge more). */
  public BigDecimal amountDifference() {
    return theirAmount.subtract(ourAmount);
  }
}
