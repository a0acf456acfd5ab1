package com.didtron.activities.switchsync;

import java.math.BigDecimal;

/**
 * Traffic per customer, carrier and destination as the switch aggregated it.
 *
 * @param durationSeconds connected time, as the switch sums it
 * @param acdSeconds average call duration
 * @param asrPercent answer-seizure ratio, 0 to 100
 * @param profit customer charge less carrier charge, in the account currency
 */
public record BreakoutRow(
    String customerId,
    String carrierId,
    String customerDestination,
    String carrierDestination,
    long attempts,
    long connected,
    BigDecimal durationSeconds,
    BigDecimal customerCharge,
    BigDecimal carrierCharge,
    BigDecimal acdSeconds,
    BigDecimal asrPercent,
    BigDecimal profit,
    BigDecimal profitPercent) {}
