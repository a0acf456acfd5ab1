package com.didtron.rating.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of a compiled plan: numbers whose longest matching rule this is go to {@code carriers}
 * in order.
 *
 * @param prefix the rule's prefix (a sell prefix, or a longer buy prefix under it)
 * @param carriers the allowed carriers, cheapest first; empty when none may carry the route
 * @param sellPrefix the customer's sell prefix the rule belongs to
 * @param sellRate the sell rate of {@code sellPrefix} in the base currency
 */
public record PlanRule(
    String prefix, List<PlanRoute> carriers, String sellPrefix, BigDecimal sellRate) {
  /** Copies the carriers so the rule stays immutable. */
  public PlanRule {
    carriers = List.copyOf(carriers);
  }

  /** The carrier ids in order: what the switch receives for this prefix. */
  public List<String> carrierIds() {
    return carriers.stream().map(PlanRoute::carrierId).toList();
  }
}
