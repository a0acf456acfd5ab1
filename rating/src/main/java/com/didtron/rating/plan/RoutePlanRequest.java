package com.didtron.rating.plan;

import com.didtron.rating.lcr.CurrencyConversion;
import java.util.List;
import java.util.Objects;

/**
 * What a plan is compiled from.
 *
 * @param customer the customer's id (a label carried into the plan)
 * @param tier the routing tier (a label carried into the plan)
 * @param sell the customer's active sell deck
 * @param carriers the carriers' active buy decks, each in a currency {@code toBase} converts
 * @param toBase conversion of every deck's currency into the base currency
 * @param policy the route policy's verdicts per carrier
 */
public record RoutePlanRequest(
    String customer,
    String tier,
    PlanDeck sell,
    List<PlanCarrier> carriers,
    CurrencyConversion toBase,
    PlanPolicy policy) {
  /** Copies the carriers so the request stays immutable. */
  public RoutePlanRequest {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(sell, "sell");
    carriers = List.copyOf(carriers);
    Objects.requireNonNull(toBase, "toBase");
    Objects.requireNonNull(policy, "policy");
  }
}
