package com.didtron.activities.cdr;

import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** One stored CDR as staff see it: both legs and the margin. */
public record StaffCdrView(
    String source,
    String callId,
    String account,
    String carrier,
    String caller,
    String callee,
    Instant startTime,
    BigDecimal duration,
    RatingStatus status,
    String reason,
    String customerPrefix,
    Long customerBillable,
    BigDecimal customerCost,
    String customerCurrency,
    String carrierPrefix,
    Long carrierBillable,
    BigDecimal carrierCost,
    String carrierCurrency,
    BigDecimal margin)
    implements CdrView {}
