package com.didtron.activities.siptest;

import com.didtron.domain.siptest.SipAlertStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A carrier quality alert.
 *
 * @param kind ASR_LOW, PDD_HIGH or OPTIONS_DOWN
 * @param value the metric when raised (ASR %, PDD ms, failures in a row)
 * @param rule the alert table row that raised it; {@code clearedRule} the one that cleared it
 */
public record SipAlert(
    UUID id,
    UUID carrierId,
    String carrierName,
    String kind,
    String severity,
    SipAlertStatus status,
    boolean penaltyBox,
    String rule,
    BigDecimal value,
    Instant raisedAt,
    Instant clearedAt,
    String clearedRule) {

  public boolean open() {
    return status == SipAlertStatus.OPEN;
  }
}
