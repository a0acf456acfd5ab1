package com.didtron.rating.plan;

import java.math.BigDecimal;

/**
 * One carrier of a plan rule.
 *
 * @param carrierId the carrier's id
 * @param carrierName the carrier's name
 * @param buyPrefix the carrier's longest prefix covering the rule's prefix
 * @param baseRate its rate per minute in the base currency, exact
 */
public record PlanRoute(
    String carrierId, String carrierName, String buyPrefix, BigDecimal baseRate) {}
