package com.didtron.activities.fx;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open Exchange Rates adapter (its REST API, configurable base URL): the USD-based rates of a
 * day — {@code /api/latest.json} for today, {@code /api/historical/<day>.json} for past days.
 */
@Component
public class OpenExchangeRatesClient {
  private final OxrSettings settings;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public OpenExchangeRatesClient(OxrSettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
  }

  public String unavailableReason() {
    return settings.missing();
  }

  /** Units of each currency per 1 USD on {@code day}; {@code today} picks the latest endpoint. */
  public Map<String, BigDecimal> perUsd(LocalDate day, LocalDate today) {
    String path = day.equals(today) ? "/api/latest.json" : "/api/historical/" + day + ".json";
    URI uri =
        URI.create(
            settings.baseUrl().replaceAll("/+$", "")
                + path
                + "?app_id="
                + URLEncoder.encode(settings.appId(), StandardCharsets.UTF_8)
                + "&base=USD");
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(30))
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "Open Exchange Rates answered "
                + r.statusCode()
                + " for "
                + day
                + ": "
                + abbreviate(r.body()));
      }
      JsonNode rates = json.readTree(r.body()).path("rates");
      Map<String, BigDecimal> out = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : rates.properties()) {
        if (e.getKey().matches("[A-Z]{3}")
            && e.getValue().isNumber()
            && e.getValue().decimalValue().signum() > 0) {
          out.put(e.getKey(), e.getValue().decimalValue());
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Open Exchange Rates cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching rates", e);
    }
  }

  private static String abbreviate(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() > 200 ? one.substring(0, 200) + "…" : one;
  }
}
