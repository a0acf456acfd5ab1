package com.didtron.activities.switchsync.kamailio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kamailio's JSON-RPC 2.0 over HTTP ({@code jsonrpcs} + {@code xhttp}, e.g. {@code
 * http://127.0.0.1:5080/RPC}): {@code drouting.reload}, {@code permissions.addressReload}, {@code
 * htable.reload}, {@code dlg.list}, {@code dlg.end_dlg}.
 */
public final class KamailioRpc {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final URI url;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  public KamailioRpc(String url) {
    this.url = URI.create(url);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  public URI url() {
    return url;
  }

  /** Calls {@code method}; returns its {@code result}, or throws {@link KamailioRpcException}. */
  public JsonNode call(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("method", method);
    if (params.length > 0) {
      request.set("params", JSON.valueToTree(List.of(params)));
    }
    request.put("id", ids.incrementAndGet());
    HttpRequest post =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(post, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KamailioRpcException(0, "switch unreachable at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamailioRpcException(0, "interrupted calling " + method, e);
    }
    JsonNode body = parse(response.body());
    JsonNode error = body.path("error");
    if (!error.isMissingNode() && !error.isNull()) {
      throw new KamailioRpcException(
          error.path("code").asInt(), method + ": " + error.path("message").asString(), null);
    }
    if (response.statusCode() != 200) {
      throw new KamailioRpcException(
          response.statusCode(), method + ": HTTP " + response.statusCode(), null);
    }
    return body.path("result");
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (RuntimeException e) {
      return JSON.createObjectNode();
    }
  }
}
