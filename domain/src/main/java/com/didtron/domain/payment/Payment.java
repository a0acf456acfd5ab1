package com.didtron.domain.payment;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A top-up of a customer's balance and how it stands with its provider.
 *
 * @param providerRef the Stripe Checkout Session or PayPal order
 * @param providerPaymentRef the Stripe PaymentIntent or PayPal capture (what a refund refers to)
 * @param checkoutUrl where the customer pays (provider payments while pending)
 */
public record Payment(
    UUID id,
    TenantId tenantId,
    AccountId accountId,
    PaymentProvider provider,
    PaymentStatus status,
    Money amount,
    String providerRef,
    String providerPaymentRef,
    String checkoutUrl,
    String reason,
    String createdBy,
    Instant createdAt,
    Instant completedAt,
    Instant refundedAt,
    String refundReason) {}
