package com.didtron.activities.kyc;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The customer's side of a KYC case ({@code didtron.kyc.*}): how often a waiting customer is
 * reminded and after how many days an unfinished case expires. Read when a case starts and passed
 * into its workflow (a running case keeps the values it started with).
 */
@ConfigurationProperties("didtron.kyc")
public record KycSettings(Long reminderHours, Long expiryDays) {
  public KycSettings {
    reminderHours = reminderHours == null || reminderHours <= 0 ? 48 : reminderHours;
    expiryDays = expiryDays == null || expiryDays <= 0 ? 14 : expiryDays;
  }
}
