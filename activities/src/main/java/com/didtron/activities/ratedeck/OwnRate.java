package com.didtron.activities.ratedeck;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of an owner's own card as the owner sees it: its price, increments, dates and what the
 * last published change did to it. Nothing about the other side of the trade.
 *
 * @param previousRate the owner's own earlier rate the change compared with, when there was one
 */
public record OwnRate(
    String prefix,
    String destination,
    BigDecimal rate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement,
    Instant effectiveFrom,
    Instant effectiveTo,
    RateChange change,
    BigDecimal previousRate) {}
