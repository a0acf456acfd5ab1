package com.didtron.activities.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email delivery through Brevo ({@code didtron.brevo.*}, e.g. {@code DIDTRON_BREVO_API_KEY}).
 * Without an API key and a sender address nothing is sent: the outbox keeps the messages.
 *
 * @param baseUrl Brevo's API root (a stub's in tests); {@code /v3} is appended
 */
@ConfigurationProperties("didtron.brevo")
public record BrevoSettings(String apiKey, String baseUrl, String senderEmail, String senderName) {
  public BrevoSettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.brevo.com" : baseUrl.strip();
    senderName = senderName == null || senderName.isBlank() ? "DIDTron" : senderName.strip();
  }

  /** Why emails are not sent, or null when they are. */
  public String missing() {
    if (apiKey == null || apiKey.isBlank()) {
      return "no Brevo API key is configured (set DIDTRON_BREVO_API_KEY or didtron.brevo.api-key)";
    }
    if (senderEmail == null || senderEmail.isBlank()) {
      return "no sender address is configured (set DIDTRON_BREVO_SENDER_EMAIL or didtron.brevo.sender-email)";
    }
    return null;
  }
}
