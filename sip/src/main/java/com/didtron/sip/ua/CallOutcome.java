package com.didtron.sip.ua;

import java.util.Set;

/** How a test call ended, as operators classify carrier attempts. */
public enum CallOutcome {
  /** The far end answered (2xx). */
  ANSWERED,
  /** The called party was busy (486 Busy Here, 600 Busy Everywhere). */
  BUSY,
  /** Any other final response, a malformed response, or the call could not be placed. */
  FAILED,
  /**
   * It rang but nobody answered: 480, 408 from the far end, or our CANCEL after the ring timeout.
   */
  NO_ANSWER,
  /** No response at all from the far end in time. */
  TIMEOUT;

  private static final Set<Integer> BUSY_CODES = Set.of(486, 600);
  private static final Set<Integer> NO_ANSWER_CODES = Set.of(408, 480, 487);

  /**
   * Final codes that say the network did its job even though the call failed: the number is wrong
   * or the callee declined (counted as effective by NER, ITU-T E.425).
   */
  private static final Set<Integer> TERMINAL_REJECTS = Set.of(403, 404, 410, 484, 485, 603, 604);

  /** The outcome a final SIP response code stands for. */
  public static CallOutcome ofFinalCode(int code) {
    if (code >= 200 && code < 300) {
      return ANSWERED;
    }
    if (BUSY_CODES.contains(code)) {
      return BUSY;
    }
    if (NO_ANSWER_CODES.contains(code)) {
      return NO_ANSWER;
    }
    return FAILED;
  }

  /**
   * Whether the attempt counts as effective for the network effectiveness ratio: answered, busy, no
   * answer, or a terminal reject by the far end.
   */
  public static boolean networkEffective(CallOutcome outcome, int sipCode) {
    return switch (outcome) {
      case ANSWERED, BUSY, NO_ANSWER -> true;
      case FAILED -> TERMINAL_REJECTS.contains(sipCode);
      case TIMEOUT -> false;
    };
  }
}
