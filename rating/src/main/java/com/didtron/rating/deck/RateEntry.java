package com.didtron.rating.deck;

import com.didtron.rating.EpochNanos;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a rate deck: the price of calls to numbers starting with {@code prefix} during {@code
 * [effectiveFrom, effectiveTo)}.
 *
 * @param prefix dial code, 1 to {@value #MAX_PREFIX_DIGITS} digits
 * @param destination destination name as given by the deck (may be empty)
 * @param rate price per minute in the deck's currency, {@code >= 0}, kept exactly as given
 * @param connectFee price charged once per billable call, {@code >= 0} (null means zero)
 * @param initialIncrement first billed block in whole seconds, {@code >= 1}
 * @param subsequentIncrement every further billed block in whole seconds, {@code >= 1}
 * @param effectiveFrom first instant the entry applies (inclusive)
 * @param effectiveTo instant the entry stops applying (exclusive); null for open-ended
 */
public record RateEntry(
    String prefix,
    String destination,
    BigDecimal rate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement,
    Instant effectiveFrom,
    Instant effectiveTo) {

  /** Longest accepted prefix (E.164 numbers have at most 15 digits; tech prefixes add some). */
  public static final int MAX_PREFIX_DIGITS = 32;

  /** Validates every field; throws {@link IllegalArgumentException} naming the problem. */
  public RateEntry {
    Objects.requireNonNull(prefix, "prefix");
    destination = destination == null ? "" : destination;
    Objects.requireNonNull(rate, "rate");
    connectFee = connectFee == null ? BigDecimal.ZERO : connectFee;
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    String problem =
        problem(
            prefix,
            rate,
            connectFee,
            initialIncrement,
            subsequentIncrement,
            effectiveFrom,
            effectiveTo);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** A copy of this entry that stops applying at {@code end}. */
  public RateEntry withEffectiveTo(Instant end) {
    return new RateEntry(
        prefix,
        destination,
        rate,
        connectFee,
        initialIncrement,
        subsequentIncrement,
        effectiveFrom,
        end);
  }

  /** True when the entry applies at {@code instant}: {@code from <= instant < to}. */
  public boolean isEffectiveAt(Instant instant) {
    return !instant.isBefore(effectiveFrom)
        && (effectiveTo == null || instant.isBefore(effectiveTo));
  }

  /**
   * What is wrong with these values in plain words, or null when they make a valid entry. Shared
   * with the deck parser so file rows and programmatic entries obey the same rules.
   */
  static String problem(
      String prefix,
      BigDecimal rate,
      BigDecimal connectFee,
      long initial,
      long subsequent,
      Instant from,
      Instant to) {
    if (prefix.isEmpty()) {
      return "prefix is empty";
    }
    if (prefix.length() > MAX_PREFIX_DIGITS) {
      return "prefix '" + prefix + "' is longer than " + MAX_PREFIX_DIGITS + " digits";
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) < '0' || prefix.charAt(i) > '9') {
        return "prefix '" + prefix + "' must contain digits only";
      }
    }
    if (rate.signum() < 0) {
      return "rate " + rate.toPlainString() + " must not be negative";
    }
    if (connectFee.signum() < 0) {
      return "connect_fee " + connectFee.toPlainString() + " must not be negative";
    }
    if (initial < 1 || subsequent < 1) {
      return "increments must be whole seconds of at least 1 (got "
          + initial
          + "/"
          + subsequent
          + ")";
    }
    return timeProblem(from, to);
  }

  private static String timeProblem(Instant from, Instant to) {
    if (!EpochNanos.isSupported(from)) {
      return "effective_from " + from + " is outside the supported years 1678-2261";
    }
    if (to != null && !EpochNanos.isSupported(to)) {
      return "effective_to " + to + " is outside the supported years 1678-2261";
    }
    if (to != null && !to.isAfter(from)) {
      return "effective_to " + to + " must be after effective_from " + from;
    }
    return null;
  }
}
