package com.didtron.rating.cdr;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call detail record as the rater needs it. Values are taken as they come from the switch; the
 * rater, not this record, decides whether they can be rated (so a bad CDR becomes an unrated result
 * with a reason rather than an exception).
 *
 * @param callId the switch's call id
 * @param account the customer account that placed the call (selects the sell deck)
 * @param carrier the carrier that terminated it (selects the buy deck)
 * @param caller calling number, not used for rating
 * @param callee dialled number: digits, optionally after one leading {@code +}
 * @param startTime when the call started; selects the effective deck entries
 * @param durationSeconds billable duration in seconds, decimals allowed, {@code >= 0}
 */
public record Cdr(
    String callId,
    String account,
    String carrier,
    String caller,
    String callee,
    Instant startTime,
    BigDecimal durationSeconds) {}
