package com.didtron.sip.ua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OPTIONS ping's answer.
 *
 * @param status OK for a 2xx, FAILED for any other response or when the ping could not be sent,
 *     TIMEOUT when nothing came back
 * @param sipCode the response code, 0 when none
 * @param rttMs request to response, null without a response
 * @param error what went wrong, or null
 */
public record OptionsResult(
    Instant at, Status status, int sipCode, String reason, Long rttMs, String error) {
  /** Whether the far end answered the ping. */
  public enum Status {
    OK,
    FAILED,
    TIMEOUT
  }

  public boolean ok() {
    return status == Status.OK;
  }

  /** One {@code key=value} per figure, in the CLI's order. */
  public Map<String, String> keyValues() {
    Map<String, String> kv = new LinkedHashMap<>();
    kv.put("result", status.name());
    kv.put("sip_code", String.valueOf(sipCode));
    kv.put("rtt_ms", rttMs == null ? "" : rttMs.toString());
    if (reason != null) {
      kv.put("reason", reason);
    }
    if (error != null) {
      kv.put("error", error.replace('\n', ' ').replace('\r', ' '));
    }
    return kv;
  }
}
