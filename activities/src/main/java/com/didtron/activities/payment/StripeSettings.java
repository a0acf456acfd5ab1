package com.didtron.activities.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe ({@code didtron.stripe.*}: {@code DIDTRON_STRIPE_SECRET_KEY}, {@code
 * DIDTRON_STRIPE_WEBHOOK_SECRET}).
 */
@ConfigurationProperties("didtron.stripe")
public record StripeSettings(String secretKey, String webhookSecret, String baseUrl) {
  public StripeSettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.stripe.com" : baseUrl.strip();
  }

  /** Why Stripe cannot be offered, or null. */
  public String missing() {
    if (secretKey == null || secretKey.isBlank()) {
      return "no Stripe secret key is configured (DIDTRON_STRIPE_SECRET_KEY)";
    }
    if (webhookSecret == null || webhookSecret.isBlank()) {
      return "no Stripe webhook secret is configured (DIDTRON_STRIPE_WEBHOOK_SECRET)";
    }
    return null;
  }
}
