package com.didtron.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls to the platform's REST API over real HTTP, as a client script makes them: an API key sent
 * as {@code Authorization: Bearer} (none when null) and an optional body of a given content type.
 */
final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** {@code method path} with a JSON body (none when null); the answer as text. */
  HttpResponse<String> json(String method, String path, String key, String json)
      throws IOException, InterruptedException {
    return send(
        method,
        path,
        key,
        json == null ? null : "application/json",
        json,
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code method path} with a body of {@code type} (none when null); the answer as text. */
  HttpResponse<String> text(String method, String path, String key, String type, String body)
      throws IOException, InterruptedException {
    return send(method, path, key, type, body, HttpResponse.BodyHandlers.ofString());
  }

  /** {@code method path} with a body of {@code type} (none when null); the answer as it comes. */
  <T> HttpResponse<T> send(
      String method,
      String path,
      String key,
      String type,
      String body,
      HttpResponse.BodyHandler<T> answer)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    return http.send(b.build(), answer);
  }
}
