package com.didtron.activities.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * The stored version of a customer's plan for a tier: the switch sync compares fingerprints.
 *
 * @param fingerprint see {@link com.didtron.rating.plan.RoutePlan#fingerprint}
 */
public record RoutePlanVersion(
    UUID accountId, String tier, String fingerprint, int ruleCount, Instant compiledAt) {}
