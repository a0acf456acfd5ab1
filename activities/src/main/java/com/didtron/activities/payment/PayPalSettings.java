package com.didtron.activities.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PayPal REST ({@code didtron.paypal.*}: client id and secret, the webhook's id, the API base URL).
 */
@ConfigurationProperties("didtron.paypal")
public record PayPalSettings(
    String clientId, String clientSecret, String webhookId, String baseUrl) {
  public PayPalSettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api-m.paypal.com" : baseUrl.strip();
  }

  /** Why PayPal cannot be offered, or null. */
  public String missing() {
    if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
      return "no PayPal client id and secret are configured (DIDTRON_PAYPAL_CLIENT_ID, DIDTRON_PAYPAL_CLIENT_SECRET)";
    }
    if (webhookId == null || webhookId.isBlank()) {
      return "no PayPal webhook id is configured (DIDTRON_PAYPAL_WEBHOOK_ID)";
    }
    return null;
  }
}
