package com.didtron.activities.siptest;

import com.didtron.domain.siptest.SipRunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored test campaign. {@code cron} is null for a one-off campaign. */
public record Campaign(
    UUID id,
    String name,
    List<String> destinations,
    List<UUID> carrierIds,
    int callsPerPair,
    int concurrency,
    BigDecimal cps,
    int holdSeconds,
    int ringTimeoutSeconds,
    String cron,
    SipRunStatus status,
    String workflowId,
    String createdBy,
    Instant createdAt) {

  public int callsPerRun() {
    return destinations.size() * carrierIds.size() * callsPerPair;
  }

  public boolean recurring() {
    return cron != null;
  }
}
