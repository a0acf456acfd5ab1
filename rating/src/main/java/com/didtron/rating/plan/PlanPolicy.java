package com.didtron.rating.plan;

/**
 * The route policy's verdict for a carrier on a route: the caller evaluates its decision table
 * (penalty box, loss protection, tier quality) once per carrier and answer, never per prefix.
 */
@FunctionalInterface
public interface PlanPolicy {
  /**
   * Whether {@code carrier} may carry a route.
   *
   * @param costAboveSell true when the carrier's base-currency rate is above the sell rate
   */
  boolean allows(PlanCarrier carrier, boolean costAboveSell);

  /** Plain loss protection: a carrier costing more than the sell rate only when loss is allowed. */
  static PlanPolicy lossProtection(boolean allowLoss) {
    return (carrier, costAboveSell) -> allowLoss || !costAboveSell;
  }
}
