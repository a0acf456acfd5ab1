package com.didtron.domain.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts read for people, the same in the portal, in PDFs and in emails (the ledger's style):
 * thousands grouped with commas, at least two decimals, never rounded away (rated usage keeps up to
 * six), a minus sign for negatives, e.g. {@code 1,234.50 USD}. Machine-readable output (API JSON,
 * CSV exports) stays plain and does not use this.
 *
 * <p>{@link Money} keeps six decimals whatever the currency, so currencies without minor units read
 * with two decimals as well ({@code 1,500.00 JPY}) and three-decimal ones keep their third.
 */
public final class AmountFormat {
  private static final int MIN_DECIMALS = 2;

  private AmountFormat() {}

  /** The amount alone, e.g. {@code 1,234.50}; blank for none. */
  public static String of(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal v = amount.stripTrailingZeros();
    int decimals = Math.max(MIN_DECIMALS, v.scale());
    DecimalFormat f =
        new DecimalFormat(
            "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.US));
    f.setParseBigDecimal(true);
    return f.format(v);
  }

  /** The amount and its currency, e.g. {@code 1,234.50 USD}; blank for none. */
  public static String of(Money money) {
    return money == null ? "" : of(money.amount(), money.currency());
  }

  /** The amount and its currency, e.g. {@code 1,234.50 USD}. */
  public static String of(BigDecimal amount, CurrencyCode currency) {
    return of(amount) + " " + currency;
  }
}
