package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ChangeFlag;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a stored deck version, as the deck browser and the change report show it.
 *
 * @param flag what the version's import did to the entry; null when carried over untouched
 * @param previousRate the rate it was compared with, when there was one
 */
public record RateEntryRow(
    String prefix,
    String destination,
    BigDecimal rate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement,
    Instant effectiveFrom,
    Instant effectiveTo,
    ChangeFlag flag,
    BigDecimal previousRate) {}
