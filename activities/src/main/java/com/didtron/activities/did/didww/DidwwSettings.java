package com.didtron.activities.did.didww;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach DIDWW's API v3. Without a key the provider is disabled and never calls out. The key
 * never leaves this record except in the {@code Api-Key} header.
 *
 * @param baseUrl the API root ending in {@code /} ({@code https://api.didww.com/v3/}; the sandbox
 *     is {@code https://sandbox-api.didww.com/v3/})
 * @param currency what DIDWW bills in (the account's currency at DIDWW)
 */
record DidwwSettings(URI baseUrl, String apiKey, Duration timeout, String currency) {
  static final String DEFAULT_BASE_URL = "https://api.didww.com/v3/";

  /** The API version whose documented shapes the adapter speaks. */
  static final String API_VERSION = "2022-05-10";

  DidwwSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.toString().endsWith("/")) {
      baseUrl = URI.create(baseUrl + "/");
    }
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("didtron.didww.timeout must be positive");
    }
  }

  boolean enabled() {
    return apiKey != null;
  }

  @Override
  public String toString() {
    return "DidwwSettings[baseUrl=" + baseUrl + ", apiKey=" + (enabled() ? "***" : "none") + "]";
  }
}
