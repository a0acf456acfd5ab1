package com.didtron.domain.money;

import java.util.Currency;
import java.util.Locale;

/** An ISO-4217 currency code such as {@code USD}; only codes the JDK knows are accepted. */
public record CurrencyCode(String code) {
  public CurrencyCode {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be three capital letters, e.g. USD");
    }
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency " + code);
    }
  }

  public static CurrencyCode of(String code) {
    return new CurrencyCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return code;
  }
}
