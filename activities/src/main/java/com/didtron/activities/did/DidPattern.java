package com.didtron.activities.did;

import com.didtron.activities.Facade;
import java.util.Optional;

/**
 * A number pattern as customers type it: digits with {@code *} (any digits) and {@code ?} (one
 * digit). Without a wildcard it is a contains-match ({@code 555} finds {@code 4930555123}). A
 * leading {@code +} and spaces, dashes, dots and brackets are ignored. Translated to a SQL {@code
 * LIKE} pattern that only ever holds digits, {@code %} and {@code _}.
 */
@Facade
public record DidPattern(String like) {
  static final int MAX_LENGTH = 20;

  /** The pattern for {@code text}; empty when blank; an IllegalArgumentException when malformed. */
  public static Optional<DidPattern> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.startsWith("+")) {
      t = t.substring(1);
    }
    StringBuilder like = new StringBuilder();
    boolean wildcard = false;
    int digits = 0;
    for (char c : t.toCharArray()) {
      if (c >= '0' && c <= '9') {
        like.append(c);
        digits++;
      } else if (c == '*') {
        if (like.isEmpty() || like.charAt(like.length() - 1) != '%') {
          like.append('%');
        }
        wildcard = true;
      } else if (c == '?') {
        like.append('_');
        wildcard = true;
      } else if (" -.()".indexOf(c) < 0) {
        throw new IllegalArgumentException(
            "The pattern may hold digits, * (any digits) and ? (one digit) only");
      }
    }
    if (like.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("The pattern is longer than " + MAX_LENGTH + " signs");
    }
    if (digits == 0 && like.toString().chars().allMatch(c -> c == '%')) {
      return Optional.empty();
    }
    return Optional.of(new DidPattern(wildcard ? like.toString() : "%" + like + "%"));
  }
}
