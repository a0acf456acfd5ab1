package com.didtron.workflows.kyc;

import java.util.UUID;

/**
 * @param stripeIdentity whether a Stripe Identity session is opened first (a secret key is set);
 *     without it the case goes straight to documents and manual review
 * @param remindEveryHours how often the customer is reminded while the case waits for them
 * @param expireAfterHours when a case the customer does not finish is rejected as expired
 */
public record KycRequest(
    UUID tenantId,
    UUID accountId,
    boolean stripeIdentity,
    long remindEveryHours,
    long expireAfterHours) {}
