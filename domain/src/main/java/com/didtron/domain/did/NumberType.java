package com.didtron.domain.did;

import java.util.Locale;
import java.util.Optional;

/** The kinds of phone number a tenant sells; regulators set different rules for each. */
public enum NumberType {
  /** A number of a city or area code. */
  GEOGRAPHIC,
  MOBILE,
  /** Free for the caller; the owner pays inbound minutes. */
  TOLL_FREE,
  /** A non-geographic number of the whole country. */
  NATIONAL;

  /** The type named {@code text} in any case, with {@code -}, {@code _} or a space; else empty. */
  public static Optional<NumberType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (key.equals("LOCAL")) {
      return Optional.of(GEOGRAPHIC);
    }
    if (key.equals("TOLLFREE")) {
      return Optional.of(TOLL_FREE);
    }
    for (NumberType t : values()) {
      if (t.name().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
