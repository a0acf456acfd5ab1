package com.didtron.activities.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PayPal's REST transport: OAuth2 client-credentials token (cached until it expires) and JSON
 * POSTs.
 */
final class PayPalHttp {
  private final PayPalSettings settings;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  PayPalHttp(PayPalSettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
  }

  /** POSTs {@code body} as JSON; {@code requestId} becomes {@code PayPal-Request-Id} when given. */
  JsonNode post(String path, Object body, String requestId) {
    HttpRequest.Builder b =
        request(path)
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (requestId != null) {
      b.header("PayPal-Request-Id", requestId);
    }
    return send(b.build(), path);
  }

  private synchronized String token() {
    if (token != null && Instant.now().isBefore(tokenExpires)) {
      return token;
    }
    if (settings.missing() != null
        && (settings.clientId() == null || settings.clientSecret() == null)) {
      throw new PaymentProviderException("PayPal is not available: " + settings.missing(), null);
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (settings.clientId() + ":" + settings.clientSecret())
                    .getBytes(StandardCharsets.UTF_8));
    JsonNode answer =
        send(
            request("/v1/oauth2/token")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            "/v1/oauth2/token");
    token = answer.path("access_token").asString();
    tokenExpires =
        Instant.now().plusSeconds(Math.max(60, answer.path("expires_in").asLong(300) - 60));
    return token;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest request, String what) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
        throw new PaymentProviderException(
            "PayPal answered "
                + r.statusCode()
                + " to "
                + what
                + ": "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body),
            null);
      }
      return r.body() == null || r.body().isBlank()
          ? json.createObjectNode()
          : json.readTree(r.body());
    } catch (IOException e) {
      throw new PaymentProviderException("PayPal cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentProviderException("interrupted while calling PayPal", e);
    }
  }
}
