package com.didtron.activities.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of a route test: the customer's sell price and the carriers ranked by cost in the
 * base currency, each with the route policy's verdict.
 *
 * @param digits the dialled number's digits
 * @param sellPrefix the customer's matched prefix; null when it has no sell rate for the number
 * @param sellBaseRate the sell rate in the base currency (loss protection compares with it)
 * @param options allowed carriers first (by rank), then dropped ones, each cheapest first
 * @param withoutRate carriers with no effective rate for the number
 * @param withoutFxRate carriers whose currency has no exchange rate into the base currency
 */
public record RouteTest(String digits, Instant at, String baseCurrency, String sellPrefix,
    String sellDestination, BigDecimal sellRate, String sellCurrency, BigDecimal sellBaseRate,
    List<RouteOption> options, List<String> withoutRate, List<String> withoutFxRate) {
  public RouteTest {
    options = List.copyOf(options);
    withoutRate = List.copyOf(withoutRate);
    withoutFxRate = List.copyOf(withoutFxRate);
  }
}
