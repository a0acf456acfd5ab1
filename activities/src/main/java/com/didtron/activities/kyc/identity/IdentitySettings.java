package com.didtron.activities.kyc.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe Identity ({@code didtron.stripe.identity.*}): the secret key and API base URL default to
 * the payments' ({@code didtron.stripe.secret-key}, {@code didtron.stripe.base-url}); the webhook
 * secret is the one of the {@code /webhooks/stripe-identity} endpoint ({@code
 * DIDTRON_STRIPE_IDENTITY_WEBHOOK_SECRET}); {@code returnUrl} is where the customer comes back (the
 * portal's Verification page). {@code toleranceSeconds}: how old a signed webhook may be.
 */
@ConfigurationProperties("didtron.stripe.identity")
public record IdentitySettings(
    String secretKey,
    String webhookSecret,
    String baseUrl,
    String returnUrl,
    Long toleranceSeconds) {
  public IdentitySettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.stripe.com" : baseUrl.strip();
    returnUrl =
        returnUrl == null || returnUrl.isBlank()
            ? "http://localhost:8080/verification"
            : returnUrl.strip();
    toleranceSeconds = toleranceSeconds == null || toleranceSeconds <= 0 ? 300 : toleranceSeconds;
  }

  /** Why Stripe Identity cannot be used, or null. */
  public String missing() {
    if (secretKey == null || secretKey.isBlank()) {
      return "no Stripe secret key is configured (DIDTRON_STRIPE_IDENTITY_SECRET_KEY or"
          + " DIDTRON_STRIPE_SECRET_KEY)";
    }
    if (webhookSecret == null || webhookSecret.isBlank()) {
      return "no Stripe Identity webhook secret is configured"
          + " (DIDTRON_STRIPE_IDENTITY_WEBHOOK_SECRET)";
    }
    return null;
  }
}
