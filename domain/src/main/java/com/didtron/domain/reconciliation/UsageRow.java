package com.didtron.domain.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Supplier usage as one side knows it: a call, or a total per day (and destination).
 *
 * @param destination null when this side does not break usage down by destination
 * @param callId null when this is not a single call
 */
public record UsageRow(
    LocalDate day, String destination, String callId, BigDecimal minutes, BigDecimal amount) {
  public UsageRow {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(amount, "amount");
    destination = destination == null || destination.isBlank() ? null : destination.strip();
    callId = callId == null || callId.isBlank() ? null : callId.strip();
  }
}
