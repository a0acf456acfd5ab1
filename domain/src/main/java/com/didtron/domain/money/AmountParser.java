package com.didtron.domain.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one parser every money input goes through (API bodies, portal forms, uploaded files): plain
 * decimal notation only — an optional sign, at most {@value #MAX_INTEGER_DIGITS} integer digits and
 * {@value #MAX_DECIMALS} decimals. Anything else (an exponent such as {@code 1e999999999}, fifty
 * decimals, a twenty-digit amount) is refused by looking at the text, before any {@link BigDecimal}
 * is made, so an absurd input costs nothing.
 */
public final class AmountParser {
  /** The most digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;
  /** The most decimals (rates and FX need more than money's six; money checks its own). */
  public static final int MAX_DECIMALS = 12;

  /** What came of a text. */
  public sealed interface Result permits Amount, Refused {}

  /** A usable amount. */
  public record Amount(BigDecimal value) implements Result {}

  /** Why the text is no amount (never repeats a long text). */
  public record Refused(String reason) implements Result {}

  private AmountParser() {}

  /** Parses {@code text} (surrounding blanks ignored). */
  public static Result parse(String text) {
    if (text == null || text.isBlank()) {
      return new Refused("Enter an amount");
    }
    String s = text.strip();
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    int integer = 0;
    int decimals = -1;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (decimals >= 0) {
          decimals++;
        } else {
          integer++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return new Refused(shown(s) + " is not an amount: write plain digits like 1234.56");
      }
      if (integer > MAX_INTEGER_DIGITS) {
        return new Refused("An amount has at most " + MAX_INTEGER_DIGITS + " digits before the"
            + " decimal point");
      }
      if (decimals > MAX_DECIMALS) {
        return new Refused("An amount has at most " + MAX_DECIMALS + " decimals");
      }
    }
    if (integer + Math.max(decimals, 0) == 0) {
      return new Refused(shown(s) + " is not an amount: write plain digits like 1234.56");
    }
    return new Amount(new BigDecimal(s));
  }

  /**
   * Why an already-made number is out of bounds (too many integer digits or decimals); empty when
   * it is fine. For values a framework parsed before us (a form field's BigDecimal).
   */
  public static Optional<String> problem(BigDecimal value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.scale() > MAX_DECIMALS) {
      return Optional.of("An amount has at most " + MAX_DECIMALS + " decimals");
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      return Optional.of("An amount has at most " + MAX_INTEGER_DIGITS + " digits before the"
          + " decimal point");
    }
    return Optional.empty();
  }

  /** The amount, or an {@link IllegalArgumentException} with the reason. */
  public static BigDecimal require(String text) {
    return switch (parse(text)) {
      case Amount a -> a.value();
      case Refused r -> throw new IllegalArgumentException(r.reason());
    };
  }

  private static String shown(String s) {
    return "'" + (s.length() > 24 ? s.substring(0, 24) + "…" : s) + "'";
  }
}
