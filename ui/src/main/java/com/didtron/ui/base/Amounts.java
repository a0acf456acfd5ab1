package com.didtron.ui.base;

import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How amounts read in the portal: {@link AmountFormat}'s one rule (as in PDFs and emails) in the
 * reader's locale. Balances and totals in the currency's minor units with the code, per-call costs
 * and rates {@link #precise}; negatives keep their minus sign and carry the {@code dt-negative}
 * class.
 */
public final class Amounts {
  /** The CSS class of a negative amount (colour in addition to the minus sign). */
  public static final String NEGATIVE = "dt-negative";

  private Amounts() {}

  /** The reader's locale: the UI's (from the browser's Accept-Language), else English. */
  public static Locale locale() {
    UI ui = UI.getCurrent();
    Locale l = ui == null ? null : ui.getLocale();
    return l == null ? AmountFormat.DEFAULT_LOCALE : l;
  }

  /** A balance or total, e.g. {@code 9,667.09 USD}. */
  public static String format(Money money) {
    return AmountFormat.of(money, locale());
  }

  /** A balance or total, e.g. {@code 9,667.09 USD}. */
  public static String format(BigDecimal amount, CurrencyCode currency) {
    return AmountFormat.of(amount, currency, locale());
  }

  /** A balance or total without the code, for columns whose header names the currency. */
  public static String number(BigDecimal amount, CurrencyCode currency) {
    return AmountFormat.number(amount, currency, locale());
  }

  /** A per-call cost or rate with full precision (up to six decimals), e.g. {@code 0.0123 USD}. */
  public static String precise(BigDecimal amount, CurrencyCode currency) {
    return AmountFormat.precise(amount, currency, locale());
  }

  /** A per-call cost or rate without a currency, e.g. {@code 0.0123}. */
  public static String precise(BigDecimal amount) {
    return AmountFormat.precise(amount, locale());
  }

  /**
   * A balance or total as a span: the text of {@link #format(Money)}, {@code dt-amount}, {@code
   * dt-negative} when below zero, and the exact amount as its tooltip.
   */
  public static Span span(Money money) {
    Span s = new Span(format(money));
    s.addClassName("dt-amount");
    if (money != null) {
      mark(s, money);
      s.getElement()
          .setAttribute("title", AmountFormat.precise(money.amount(), money.currency(), locale()));
    }
    return s;
  }

  /** Adds {@code dt-negative} to a component showing the amount when it reads below zero. */
  public static <T extends HasStyle> T mark(T component, Money money) {
    component.setClassName(NEGATIVE, isNegative(money));
    return component;
  }

  /** Whether the amount reads below zero once shown in minor units. */
  public static boolean isNegative(Money money) {
    return money != null && AmountFormat.shown(money.amount(), money.currency()).signum() < 0;
  }

  /** The debit side of a signed (debit-positive) amount, or blank. */
  public static String debit(BigDecimal signed, CurrencyCode currency) {
    return signed != null && signed.signum() > 0 ? number(signed, currency) : "";
  }

  /** The credit side of a signed (debit-positive) amount, or blank. */
  public static String credit(BigDecimal signed, CurrencyCode currency) {
    return signed != null && signed.signum() < 0 ? number(signed.negate(), currency) : "";
  }
}
