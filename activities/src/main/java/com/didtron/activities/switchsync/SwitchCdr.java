package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.rating.cdr.Cdr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A CDR as the hosted switch reports it, in DIDTron's terms. The ids are the switch's: the caller
 * maps them to DIDTron accounts (through the ids it kept when pushing) before rating.
 *
 * @param callId the switch's call id; unique per source
 * @param start when the call started (the switch's {@code dt}, UTC)
 * @param customerId the switch's customer id
 * @param carrierId the switch's carrier id, or null for a call that reached no carrier
 * @param durationSeconds the call's duration as the switch measured it, before any increments
 * @param customerCharge what the switch charged (for reconciliation; DIDTron rates on its own)
 * @param sipCode the final SIP status, or null when not given
 */
@Facade
public record SwitchCdr(
    String callId,
    Instant start,
    String customerId,
    String carrierId,
    String caller,
    String callee,
    BigDecimal durationSeconds,
    BigDecimal customerCharge,
    Integer sipCode,
    String sipReason,
    String releaseReason) {
  public SwitchCdr {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(durationSeconds, "durationSeconds");
  }

  /** The record the CDR pipeline rates, once the switch's ids are mapped to account references. */
  public Cdr toRatingCdr(String account, String carrier) {
    return new Cdr(callId, account, carrier, caller, callee, start, durationSeconds);
  }
}
