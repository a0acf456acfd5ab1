package com.didtron.activities.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer of a route test: the customer's sell price and the carriers ranked by cost in the base
 * currency, each with the route policy's verdict.
 *
 * @param digits the dialled number's digits
 * @param sellPrefix the customer's matched prefix; null when it has no sell rate for the number
 * @param sellBaseRate the sell rate in the base currency (loss protection compares with it)
 * @param options allowed carriers first (by rank), then dropped ones, each cheapest first
 * @param withoutRate carriers with no effective rate for the number
 * @param withoutFxRate carriers whose currency has no exchange rate into the base currency
 * @param fxDay the day whose exchange rates converted (the instant's day; today for a later
 *     instant)
 * @param fxRates units of the base currency per unit of each other currency that was converted
 * @param planPrefix the prefix of the compiled plan's rule the switch uses for the number (loss
 *     protection on); null when the customer has no sell rate for it
 * @param planCarriers that rule's carriers in the switch's order (empty: the switch refuses)
 */
public record RouteTest(
    String digits,
    Instant at,
    String baseCurrency,
    String sellPrefix,
    String sellDestination,
    BigDecimal sellRate,
    String sellCurrency,
    BigDecimal sellBaseRate,
    List<RouteOption> options,
    List<String> withoutRate,
    List<String> withoutFxRate,
    LocalDate fxDay,
    Map<String, BigDecimal> fxRates,
    String planPrefix,
    List<String> planCarriers) {
  public RouteTest {
    options = List.copyOf(options);
    withoutRate = List.copyOf(withoutRate);
    withoutFxRate = List.copyOf(withoutFxRate);
    planCarriers = List.copyOf(planCarriers);
    fxRates = Collections.unmodifiableMap(new TreeMap<>(fxRates));
  }
}
