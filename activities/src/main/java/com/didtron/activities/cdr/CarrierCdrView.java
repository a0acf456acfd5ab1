package com.didtron.activities.cdr;

import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One CDR as the carrier that terminated the call sees it: its own leg only (its prefix, rate,
 * billed seconds and cost). No customer, no customer price, no margin.
 */
public record CarrierCdrView(
    String source,
    String callId,
    String carrier,
    String caller,
    String callee,
    Instant startTime,
    BigDecimal duration,
    RatingStatus status,
    String reason,
    String prefix,
    BigDecimal rate,
    Long billableSeconds,
    BigDecimal cost,
    String currency)
    implements CdrView {}
