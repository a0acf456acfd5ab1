package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.SwitchRejected;
import com.didtron.activities.switchsync.SwitchUnreadable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/**
 * ConnexCS's JWT pair: a long-lived refresh token minted with the username and password ({@code
 * POST auth/jwt/refresh}, Basic auth), and short-lived access tokens minted with it ({@code GET
 * auth/jwt}, Bearer refresh). Both are renewed ahead of their {@code exp}; a refused refresh token
 * is replaced once. Thread-safe; tokens live in memory only.
 */
final class ConnexCsTokens {
  static final String AUDIENCE = "didtron-platform";
  static final long REFRESH_LIFETIME_SECONDS = Duration.ofDays(30).toSeconds();

  /** Renew the refresh token this long before it expires (as ConnexCS's own prior art does). */
  private static final Duration REFRESH_RENEW_BEFORE = Duration.ofDays(15);

  /** Renew the access token this long before it expires, so no call carries a dying token. */
  private static final Duration ACCESS_RENEW_BEFORE = Duration.ofSeconds(60);

  private record Token(String value, Instant expires) {}

  private final ConnexCsHttp http;
  private final ConnexCsJson json;
  private final ConnexCsSettings settings;
  private final Clock clock;
  private Token refresh;
  private Token access;

  ConnexCsTokens(ConnexCsHttp http, ConnexCsJson json, ConnexCsSettings settings, Clock clock) {
    this.http = http;
    this.json = json;
    this.settings = settings;
    this.clock = clock;
  }

  /** A valid access token, minting what is missing or about to expire. */
  synchronized String access() {
    if (access == null || expiring(access, ACCESS_RENEW_BEFORE)) {
      access = mintAccess();
    }
    return access.value();
  }

  /** The switch refused {@code token}: the next {@link #access()} mints a new one. */
  synchronized void refused(String token) {
    if (access != null && access.value().equals(token)) {
      access = null;
    }
  }

  private Token mintAccess() {
    if (refresh == null || expiring(refresh, REFRESH_RENEW_BEFORE)) {
      refresh = mintRefresh();
    }
    ConnexCsHttp.Answer a = http.send("GET", "auth/jwt", null, "Bearer " + refresh.value());
    if (a.status() == 401) {
      refresh = mintRefresh();
      a = http.send("GET", "auth/jwt", null, "Bearer " + refresh.value());
    }
    return token(a, "access");
  }

  private Token mintRefresh() {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    String body =
        json.write(
            json.object().put("lifetime", REFRESH_LIFETIME_SECONDS).put("audience", AUDIENCE));
    return token(http.send("POST", "auth/jwt/refresh", body, "Basic " + basic), "refresh");
  }

  private Token token(ConnexCsHttp.Answer a, String kind) {
    if (!a.ok()) {
      throw new SwitchRejected(
          a.status(),
          "ConnexCS refused the " + kind + " token request: " + json.errorMessage(a.body()));
    }
    String value = json.read(a.body()).path("token").asString(null);
    if (value == null || value.isBlank()) {
      throw new SwitchUnreadable(
          "ConnexCS answered the " + kind + " token request without a token", null);
    }
    return new Token(value, expiry(value));
  }

  /** The JWT's {@code exp}, or null when it cannot be read (then it is renewed on refusal only). */
  private Instant expiry(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode claims =
          json.read(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      return claims.path("exp").isNumber()
          ? Instant.ofEpochSecond(claims.path("exp").asLong())
          : null;
    } catch (IllegalArgumentException | SwitchUnreadable e) {
      return null;
    }
  }

  private boolean expiring(Token t, Duration ahead) {
    return t.expires() != null && !clock.instant().plus(ahead).isBefore(t.expires());
  }
}
