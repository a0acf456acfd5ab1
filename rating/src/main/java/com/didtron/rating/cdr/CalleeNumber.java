package com.didtron.rating.cdr;

/**
 * The dialled-number rule: one leading {@code +} is ignored; anything else that is not an ASCII
 * digit (or no digit at all) makes the number invalid.
 */
public final class CalleeNumber {
  private CalleeNumber() {}

  /** The digits of {@code callee}, or null when it is not a valid number. */
  public static String digits(String callee) {
    if (callee == null) {
      return null;
    }
    int s = callee.startsWith("+") ? 1 : 0;
    if (s == callee.length()) {
      return null;
    }
    for (int i = s; i < callee.length(); i++) {
      char c = callee.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return callee.substring(s);
  }

  /**
   * Where the digits of the number in {@code b[s, e)} start ({@code s}, or {@code s + 1} after a
   * {@code +}); -1 when it is not a valid number.
   */
  public static int digitsStart(byte[] b, int s, int e) {
    int start = s < e && b[s] == '+' ? s + 1 : s;
    if (start == e) {
      return -1;
    }
    for (int i = start; i < e; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
    }
    return start;
  }
}
