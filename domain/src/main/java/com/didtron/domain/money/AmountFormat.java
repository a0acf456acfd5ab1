package com.didtron.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * How amounts read for people, one rule for the portal, PDFs, emails and CSV headers:
 *
 * <ul>
 *   <li><b>Balances, totals, invoice amounts</b> ({@link #of(Money)}, {@link #of(BigDecimal,
 *       CurrencyCode)}, {@link #number}): the currency's minor units as {@link Currency} knows them
 *       (USD/EUR 2, JPY 0, KWD/BHD 3), grouped, the currency code after the amount: {@code 9,667.09
 *       USD}. Display rounding is {@link #ROUNDING half up} (as tax is rounded) and never changes a
 *       stored value.
 *   <li><b>Per-call costs and rates</b> ({@link #precise(BigDecimal)}, {@link #precise(BigDecimal,
 *       CurrencyCode)}): full precision up to six decimals (the rating precision), at least the
 *       currency's minor units: {@code 0.0123 USD}.
 *   <li><b>Negatives</b> start with an ASCII minus ({@code -52.10 USD}) in every locale: the PDF
 *       standard fonts have no U+2212 and spreadsheets read "-". The portal also marks them with
 *       the {@code dt-negative} class (colour is never the only sign).
 *   <li><b>Locale</b>: grouping and decimal separators follow the reader's locale ({@code 9.667,09
 *       USD} in de-DE); without one, {@link #DEFAULT_LOCALE English}.
 * </ul>
 *
 * Machine output (API JSON, CSV values) stays plain ({@code 1234.500000}) and never uses this; only
 * CSV headers name the currency and precision (e.g. {@code amount_usd}).
 */
public final class AmountFormat {
  /** Display rounding of amounts shown in minor units. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The locale of documents and emails when the account stores none. */
  public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

  /** Decimals of per-call costs and rates at most: {@link Money#SCALE}. */
  public static final int PRECISE_DECIMALS = Money.SCALE;

  private static final int FALLBACK_MINOR_UNITS = 2;

  private AmountFormat() {}

  /** Decimals a currency is shown with: 2 for USD and EUR, 0 for JPY, 3 for KWD and BHD. */
  public static int minorUnits(CurrencyCode currency) {
    if (currency == null) {
      return FALLBACK_MINOR_UNITS;
    }
    int digits = Currency.getInstance(currency.code()).getDefaultFractionDigits();
    return digits < 0 ? FALLBACK_MINOR_UNITS : digits;
  }

  /** A balance or total with its currency, e.g. {@code 1,234.50 USD}; blank for none. */
  public static String of(Money money) {
    return of(money, DEFAULT_LOCALE);
  }

  /** A balance or total with its currency in the reader's locale; blank for none. */
  public static String of(Money money, Locale locale) {
    return money == null ? "" : of(money.amount(), money.currency(), locale);
  }

  /** A balance or total with its currency, e.g. {@code 1,234.50 USD}; blank for none. */
  public static String of(BigDecimal amount, CurrencyCode currency) {
    return of(amount, currency, DEFAULT_LOCALE);
  }

  /** A balance or total with its currency in the reader's locale; blank for none. */
  public static String of(BigDecimal amount, CurrencyCode currency, Locale locale) {
    return amount == null ? "" : number(amount, currency, locale) + " " + currency;
  }

  /**
   * The number of a balance or total in the currency's minor units without the code, for columns
   * whose header names the currency, e.g. {@code 1,234.50}; blank for none.
   */
  public static String number(BigDecimal amount, CurrencyCode currency) {
    return number(amount, currency, DEFAULT_LOCALE);
  }

  /** {@link #number(BigDecimal, CurrencyCode)} in the reader's locale. */
  public static String number(BigDecimal amount, CurrencyCode currency, Locale locale) {
    if (amount == null) {
      return "";
    }
    int decimals = minorUnits(currency);
    return format(amount.setScale(decimals, ROUNDING), decimals, locale);
  }

  /**
   * The amount shown in minor units, as {@link #number} rounds it: what a reader adds up (e.g. the
   * lines of an invoice against its total).
   */
  public static BigDecimal shown(BigDecimal amount, CurrencyCode currency) {
    return amount == null ? null : amount.setScale(minorUnits(currency), ROUNDING);
  }

  /**
   * A per-call cost or rate without a currency: full precision up to six decimals, at least two,
   * e.g. {@code 0.0123}; blank for none.
   */
  public static String precise(BigDecimal amount) {
    return precise(amount, FALLBACK_MINOR_UNITS, DEFAULT_LOCALE);
  }

  /** {@link #precise(BigDecimal)} in the reader's locale. */
  public static String precise(BigDecimal amount, Locale locale) {
    return precise(amount, FALLBACK_MINOR_UNITS, locale);
  }

  /**
   * A per-call cost or rate with its currency: up to six decimals, at least the currency's minor
   * units, e.g. {@code 0.0123 USD}; blank for none.
   */
  public static String precise(BigDecimal amount, CurrencyCode currency) {
    return precise(amount, currency, DEFAULT_LOCALE);
  }

  /** {@link #precise(BigDecimal, CurrencyCode)} in the reader's locale. */
  public static String precise(BigDecimal amount, CurrencyCode currency, Locale locale) {
    return amount == null ? "" : precise(amount, minorUnits(currency), locale) + " " + currency;
  }

  /** {@link #precise(BigDecimal, CurrencyCode)} of a money amount. */
  public static String precise(Money money) {
    return money == null ? "" : precise(money.amount(), money.currency());
  }

  /**
   * An amount whose currency is not known here, read as a per-call cost (full precision, at least
   * two decimals).
   *
   * @deprecated say what the amount is: {@link #of(BigDecimal, CurrencyCode)} for balances and
   *     totals, {@link #precise(BigDecimal)} for per-call costs and rates
   */
  @Deprecated
  public static String of(BigDecimal amount) {
    return precise(amount);
  }

  private static String precise(BigDecimal amount, int minDecimals, Locale locale) {
    if (amount == null) {
      return "";
    }
    BigDecimal v = amount.setScale(Math.max(amount.scale(), minDecimals), ROUNDING);
    if (v.scale() > PRECISE_DECIMALS) {
      v = v.setScale(PRECISE_DECIMALS, ROUNDING);
    }
    v = v.stripTrailingZeros();
    int decimals = Math.min(PRECISE_DECIMALS, Math.max(minDecimals, Math.max(0, v.scale())));
    return format(v.setScale(decimals, ROUNDING), decimals, locale);
  }

  private static String format(BigDecimal rounded, int decimals, Locale locale) {
    DecimalFormatSymbols symbols =
        DecimalFormatSymbols.getInstance(locale == null ? DEFAULT_LOCALE : locale);
    symbols.setMinusSign('-');
    DecimalFormat f =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    f.setRoundingMode(ROUNDING);
    // A value that rounds to zero reads without a sign.
    return f.format(rounded.signum() == 0 ? rounded.abs() : rounded);
  }
}
