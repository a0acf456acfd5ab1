package com.didtron.domain.trunk;

/**
 * The quality a customer's ingress trunk is routed at. The names are those of the route policy's
 * tier ({@code RoutePolicy.Tier} in {@code decisions}, which the domain cannot import); a test in
 * {@code activities} keeps the two lists equal, so {@code RoutePolicy.Tier.valueOf(tier.name())}
 * always works.
 */
public enum RoutingTier {
  STANDARD,
  PREMIUM
}
