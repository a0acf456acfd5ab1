package com.didtron.workflows.didrental;

import java.math.BigDecimal;

/**
 * What one accrual of a day did.
 *
 * @param day ISO date (UTC) that was charged, e.g. {@code 2026-12-03}
 * @param dids numbers in service looked at
 * @param posted numbers newly charged (0 when the day was charged before)
 * @param amount sum of the new charges (scale 6)
 */
public record DidRentalReport(String day, int dids, int posted, BigDecimal amount) {}
