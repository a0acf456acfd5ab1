package com.didtron.activities.cdr;

import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One CDR as the customer that placed the call sees it: its own leg only (its prefix, rate, billed
 * seconds and price). No carrier, no carrier prefix or cost, no margin.
 */
public record CustomerCdrView(
    String source,
    String callId,
    String account,
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
