package com.didtron.sip.ua;

import com.didtron.sip.quality.MediaReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one test call measured.
 *
 * @param outcome how it ended
 * @param sipCode the final SIP response code; 0 when none was received (TIMEOUT, or the call could
 *     not be sent)
 * @param reason the final response's reason phrase, or what went wrong
 * @param pddMs post-dial delay: INVITE to the first 180/183, or to the final response when no 18x
 *     came; null when nothing came back
 * @param setupMs INVITE to 200 OK, null unless answered
 * @param durationMs talk time from the 200 OK to the end of the call, 0 unless answered
 * @param media RTP figures, null when there was no media
 * @param error a failure's explanation (for a malformed response: its text), else null
 */
public record CallResult(
    Instant startedAt,
    CallOutcome outcome,
    int sipCode,
    String reason,
    Long pddMs,
    Long setupMs,
    long durationMs,
    MediaReport media,
    String error) {

  /** A call that could not even be sent: bad target, unknown host, local socket trouble. */
  public static CallResult failed(Instant at, String error) {
    return new CallResult(at, CallOutcome.FAILED, 0, null, null, null, 0, null, error);
  }

  /** One {@code key=value} per figure, in the CLI's order; media keys only when there was media. */
  public Map<String, String> keyValues() {
    Map<String, String> kv = new LinkedHashMap<>();
    kv.put("result", outcome.name());
    kv.put("sip_code", String.valueOf(sipCode));
    kv.put("pdd_ms", pddMs == null ? "" : pddMs.toString());
    kv.put("setup_ms", setupMs == null ? "" : setupMs.toString());
    kv.put("duration_s", String.format(Locale.ROOT, "%.2f", durationMs / 1000.0));
    if (media != null) {
      kv.put("packets_sent", String.valueOf(media.packetsSent()));
      kv.put("packets_received", String.valueOf(media.packetsReceived()));
      kv.put("loss_pct", String.format(Locale.ROOT, "%.2f", media.lossPercent()));
      kv.put("jitter_ms", String.format(Locale.ROOT, "%.2f", media.jitterMs()));
      kv.put("mos", String.format(Locale.ROOT, "%.2f", media.mos()));
    }
    if (error != null) {
      kv.put("error", error.replace('\n', ' ').replace('\r', ' '));
    }
    return kv;
  }
}
