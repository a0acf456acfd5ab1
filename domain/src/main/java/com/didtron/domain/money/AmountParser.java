package com.didtron.domain.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one parser every money input goes through (API bodies, portal forms, uploaded files): a
 * decimal with an optional sign and an optional exponent of at most three digits ({@code 12.50},
 * {@code -1.5}, {@code 1E+2}), at most {@value #MAX_LENGTH} characters, whose value has at most
 * {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_DECIMALS} decimals. Anything else
 * ({@code 1e999999999}, fifty decimals, a twenty-digit amount) is refused from the text and small
 * numbers, before any unbounded {@link BigDecimal} is made, so an absurd input costs nothing.
 */
public final class AmountParser {
  /** The most digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The most decimals (rates and FX need more than money's six; money checks its own). */
  public static final int MAX_DECIMALS = 12;

  /** The longest text looked at. */
  public static final int MAX_LENGTH = 64;

  private static final int MAX_EXPONENT_DIGITS = 3;

  /** What came of a text. */
  public sealed interface Result permits Amount, Refused {}

  /** A usable amount. */
  public record Amount(BigDecimal value) implements Result {}

  /** Why the text is no amount (never repeats a long text); {@code notANumber} for bad syntax. */
  public record Refused(String reason, boolean notANumber) implements Result {}

  private AmountParser() {}

  /** Parses {@code text} (surrounding blanks ignored). */
  public static Result parse(String text) {
    if (text == null || text.isBlank()) {
      return new Refused("Enter an amount", true);
    }
    String s = text.strip();
    if (s.length() > MAX_LENGTH) {
      return new Refused("An amount has at most " + MAX_LENGTH + " characters", false);
    }
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    for (; i < s.length() && s.charAt(i) != 'e' && s.charAt(i) != 'E'; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return notANumber(s);
      }
    }
    if (digits == 0) {
      return notANumber(s);
    }
    if (i < s.length()) {
      Result exponent = exponent(s, i + 1);
      if (exponent != null) {
        return exponent;
      }
    }
    BigDecimal value = new BigDecimal(s);
    return problem(value).<Result>map(p -> new Refused(p, false)).orElse(new Amount(value));
  }

  /** Null when the exponent from {@code from} is short enough; else why not. */
  private static Result exponent(String s, int from) {
    int i = from < s.length() && (s.charAt(from) == '-' || s.charAt(from) == '+') ? from + 1 : from;
    if (i == s.length()) {
      return notANumber(s);
    }
    for (int j = i; j < s.length(); j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return notANumber(s);
      }
    }
    if (s.length() - i > MAX_EXPONENT_DIGITS) {
      return new Refused(s.charAt(from) == '-' ? decimals() : integerDigits(), false);
    }
    return null;
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
      return Optional.of(decimals());
    }
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      return Optional.of(integerDigits());
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

  private static String decimals() {
    return "An amount has at most " + MAX_DECIMALS + " decimals";
  }

  private static String integerDigits() {
    return "An amount has at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
  }

  private static Refused notANumber(String s) {
    return new Refused("Not a number: " + (s.length() > 24 ? s.substring(0, 24) + "…" : s), true);
  }
}
