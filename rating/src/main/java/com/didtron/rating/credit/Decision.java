package com.didtron.rating.credit;

import java.math.BigDecimal;

/** The answer to one call attempt: admitted for at most some seconds, or refused with a reason. */
public sealed interface Decision {
  /**
   * Admitted.
   *
   * @param maxSeconds the longest the call may last, a whole number of billing increments
   * @param reserved what the call reserves: its cost at {@code maxSeconds}
   */
  record Admit(long maxSeconds, BigDecimal reserved) implements Decision {}

  /** Refused, with the reason and a detail for people (e.g. the limit that was reached). */
  record Refuse(Refusal reason, String detail) implements Decision {
    public Refuse(Refusal reason) {
      this(reason, reason.text());
    }
  }
}
