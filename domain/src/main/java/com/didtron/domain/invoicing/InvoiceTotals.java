package com.didtron.domain.invoicing;

import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The totals of an invoice: the subtotal is the exact sum of its lines (usage is already rounded
 * per call, so nothing is rounded again); tax is the account's rate on the subtotal, rounded half
 * up to the currency's minor unit (cents); total = subtotal + tax.
 *
 * @param taxRate percent, e.g. {@code 20} for 20 %
 */
public record InvoiceTotals(
    BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public InvoiceTotals {
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(total, "total");
  }

  /** Totals of lines in {@code currency} taxed at {@code taxRatePercent}. */
  public static InvoiceTotals of(
      List<BigDecimal> lineAmounts, BigDecimal taxRatePercent, CurrencyCode currency) {
    if (taxRatePercent.signum() < 0 || taxRatePercent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "a tax rate is between 0 and 100 percent, not " + taxRatePercent);
    }
    BigDecimal subtotal = lineAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal tax =
        subtotal
            .multiply(taxRatePercent)
            .divide(HUNDRED, minorDigits(currency), RoundingMode.HALF_UP);
    return new InvoiceTotals(subtotal, taxRatePercent, tax, subtotal.add(tax));
  }

  /** Decimals of the currency's minor unit (2 for USD, 0 for JPY). */
  public static int minorDigits(CurrencyCode currency) {
    int d = Currency.getInstance(currency.code()).getDefaultFractionDigits();
    return d < 0 ? 2 : d;
  }
}
