package com.didtron.activities.did.didww;

import com.didtron.activities.did.DidProvider;
import com.didtron.activities.outbound.OutboundGuard;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON:API exchange with DIDWW: the host passes {@link OutboundGuard}, every wait is bounded,
 * and a refusal becomes {@link DidProvider.Failure} with DIDWW's own error detail. Logs method,
 * path and status only, never the key.
 */
final class DidwwHttp {
  private static final Logger log = LoggerFactory.getLogger(DidwwHttp.class);
  private static final String JSON_API = "application/vnd.api+json";

  private final DidwwSettings settings;
  private final OutboundGuard guard;
  private final JsonMapper json;
  private final HttpClient client;

  DidwwHttp(DidwwSettings settings, OutboundGuard guard, JsonMapper json) {
    this.settings = settings;
    this.guard = guard;
    this.json = json;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  JsonNode get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  JsonNode send(String method, String pathAndQuery, Object body) {
    if (!settings.enabled()) {
      throw new DidProvider.Failure("DIDWW is not configured (didtron.didww.api-key)", false, null);
    }
    Optional<String> refusal = guard.urlRefusal(settings.baseUrl().toString());
    if (refusal.isPresent()) {
      throw new DidProvider.Failure(
          "DIDWW at "
              + settings.baseUrl().getHost()
              + " is not an allowed address: "
              + refusal.get()
              + " (see didtron.outbound.allow)",
          false,
          null);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.baseUrl().resolve(pathAndQuery))
            .timeout(settings.timeout())
            .header("Accept", JSON_API)
            .header("Api-Key", settings.apiKey())
            .header("X-DIDWW-API-Version", DidwwSettings.API_VERSION);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", JSON_API)
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  json.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> r =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      log.debug("DIDWW {} {} -> {}", method, pathAndQuery.split("\\?")[0], r.statusCode());
      if (r.statusCode() >= 200 && r.statusCode() < 300) {
        return r.body() == null || r.body().isBlank()
            ? json.createObjectNode()
            : json.readTree(r.body());
      }
      throw new DidProvider.Failure(
          "DIDWW refused "
              + method
              + " "
              + pathAndQuery.split("\\?")[0]
              + " with "
              + r.statusCode()
              + ": "
              + detail(r.body()),
          r.statusCode() >= 500 || r.statusCode() == 429,
          null);
    } catch (HttpTimeoutException e) {
      throw new DidProvider.Failure(
          "DIDWW did not answer within " + settings.timeout().toSeconds() + " s", true, e);
    } catch (IOException e) {
      throw new DidProvider.Failure(
          "DIDWW cannot be reached: " + e.getClass().getSimpleName(), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DidProvider.Failure("Interrupted while waiting for DIDWW", true, e);
    }
  }

  /** The {@code errors[0].detail} (or title) of a JSON:API error document. */
  private String detail(String body) {
    try {
      JsonNode first = json.readTree(body).path("errors").path(0);
      String detail = first.path("detail").asString("");
      return detail.isBlank() ? first.path("title").asString("no detail") : detail;
    } catch (RuntimeException e) {
      return "no JSON:API error document";
    }
  }
}
