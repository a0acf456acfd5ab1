package com.didtron.rating.deck;

/**
 * A problem found on one line of an imported file.
 *
 * @param line 1-based physical line number; the header is line 1
 * @param reason what is wrong, in plain words
 */
public record LineError(long line, String reason) {
  /** Renders as {@code line 7: rate 'abc' is not a number}. */
  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
