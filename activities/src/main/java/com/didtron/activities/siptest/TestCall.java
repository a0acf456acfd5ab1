package com.didtron.activities.siptest;

import com.didtron.sip.quality.CallSample;
import com.didtron.sip.ua.CallOutcome;
import java.time.Instant;
import java.util.UUID;

/** One stored test call, as results tables show it. Media figures are null without media. */
public record TestCall(
    long id,
    UUID carrierId,
    String carrierName,
    String destination,
    Instant startedAt,
    CallOutcome result,
    int sipCode,
    String reason,
    Integer pddMs,
    Integer setupMs,
    int durationMs,
    Integer packetsSent,
    Integer packetsReceived,
    Double lossPercent,
    Double jitterMs,
    Double mos,
    String error) {

  /** The figures the KPIs are computed from. */
  public CallSample sample() {
    return new CallSample(
        result, sipCode, pddMs == null ? null : pddMs.longValue(), durationMs, mos);
  }
}
