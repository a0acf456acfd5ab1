package com.didtron.sip.ua;

/**
 * The moments of one call on a monotonic clock, and the delays measured from them. Pure: the call
 * session feeds it the arrival times of events.
 */
final class CallTimeline {
  private long invite = -1;
  private long firstRinging = -1;
  private long firstFinal = -1;
  private long answer = -1;
  private long hangup = -1;

  void invite(long nanos) {
    invite = nanos;
  }

  /** A provisional response; only the first 180/183 (any 18x) counts for PDD. */
  void provisional(int code, long nanos) {
    if (code >= 180 && code < 190 && firstRinging < 0) {
      firstRinging = nanos;
    }
  }

  /** A final response to the INVITE (an auth challenge is not one). */
  void finalResponse(long nanos) {
    if (firstFinal < 0) {
      firstFinal = nanos;
    }
  }

  void answered(long nanos) {
    finalResponse(nanos);
    answer = nanos;
  }

  void hangup(long nanos) {
    hangup = nanos;
  }

  /** INVITE to the first 18x, or to the final response when none came; null if nothing came. */
  Long pddMs() {
    long at = firstRinging >= 0 ? firstRinging : firstFinal;
    return at < 0 || invite < 0 ? null : millis(at - invite);
  }

  /** INVITE to 200 OK; null unless answered. */
  Long setupMs() {
    return answer < 0 || invite < 0 ? null : millis(answer - invite);
  }

  /** 200 OK to hang-up; 0 unless answered and hung up. */
  long durationMs() {
    return answer < 0 || hangup < answer ? 0 : millis(hangup - answer);
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
