package com.didtron.activities.fx;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open Exchange Rates ({@code didtron.oxr.app-id} / {@code DIDTRON_OXR_APP_ID}, base URL, cron).
 */
@ConfigurationProperties("didtron.oxr")
public record OxrSettings(String appId, String baseUrl, String cron) {
  public OxrSettings {
    baseUrl =
        baseUrl == null || baseUrl.isBlank() ? "https://openexchangerates.org" : baseUrl.strip();
    cron = cron == null || cron.isBlank() ? "7 0 * * *" : cron.strip();
  }

  /** Why rates are not fetched, or null. */
  public String missing() {
    return appId == null || appId.isBlank()
        ? "no Open Exchange Rates app id is configured (DIDTRON_OXR_APP_ID); use manual rates"
        : null;
  }
}
