package com.didtron.activities.switchsync.connexcs;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach ConnexCS. The password never leaves this record except in the Basic header.
 *
 * @param baseUrl the control-panel API root, ending in {@code /}
 * @param timeout bound for connecting and for each request
 * @param cdrOverlap how far back each CDR window reaches before the last pull's end
 */
record ConnexCsSettings(
    URI baseUrl, String username, String password, Duration timeout, Duration cdrOverlap) {
  static final String DEFAULT_BASE_URL = "https://app.connexcs.com/api/cp/";

  ConnexCsSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.toString().endsWith("/")) {
      baseUrl = URI.create(baseUrl + "/");
    }
    if (username == null || username.isBlank() || password == null || password.isBlank()) {
      throw new IllegalArgumentException(
          "didtron.connexcs.username and didtron.connexcs.password are both required");
    }
    if (timeout.isNegative() || timeout.isZero() || cdrOverlap.isNegative()) {
      throw new IllegalArgumentException(
          "didtron.connexcs.timeout must be positive and cdr-overlap not negative");
    }
  }

  @Override
  public String toString() {
    return "ConnexCsSettings[baseUrl="
        + baseUrl
        + ", username="
        + username
        + ", password=***, timeout="
        + timeout
        + ", cdrOverlap="
        + cdrOverlap
        + "]";
  }
}
