package com.didtron.activities.routing;

import com.didtron.domain.routing.CarrierHealth;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One carrier for a tested route.
 *
 * @param rank position among the allowed carriers (1 = first choice); 0 when dropped
 * @param prefix the carrier's longest effective prefix for the number
 * @param rate rate per minute in the carrier's currency
 * @param baseRate rate per minute in the tenant's base currency (what carriers are ranked by)
 * @param allowed whether the route policy lets the route use this carrier
 * @param rule the route policy row that decided (for a dropped carrier: why)
 */
public record RouteOption(
    int rank,
    UUID carrierId,
    String carrier,
    String prefix,
    String destination,
    BigDecimal rate,
    String currency,
    BigDecimal baseRate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement,
    CarrierHealth health,
    boolean allowed,
    String rule) {}
