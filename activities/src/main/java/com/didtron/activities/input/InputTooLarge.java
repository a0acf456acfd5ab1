package com.didtron.activities.input;

import com.didtron.activities.Facade;
import org.springframework.util.unit.DataSize;

/**
 * A body or file went past its size cap. The message says which cap and how to raise it; it never
 * repeats the content.
 */
@Facade
public class InputTooLarge extends RuntimeException {
  private final long limit;
  private final String forPeople;

  public InputTooLarge(String what, long limit, String setting) {
    super(what + " is larger than the limit of " + describe(limit) + " (setting " + setting + ")");
    this.limit = limit;
    this.forPeople = what + " is larger than the limit of " + describe(limit) + ".";
  }

  /** The refusal without the setting's name: what a portal user who cannot change it reads. */
  public String forPeople() {
    return forPeople;
  }

  /** The cap in bytes. */
  public long limit() {
    return limit;
  }

  private static String describe(long bytes) {
    return InputLimits.describe(DataSize.ofBytes(bytes));
  }
}
