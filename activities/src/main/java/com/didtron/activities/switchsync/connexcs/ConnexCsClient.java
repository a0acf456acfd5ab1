package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.SwitchRejected;
import tools.jackson.databind.JsonNode;

/**
 * Authorised calls to ConnexCS: each carries the current access token; a 401 mints a new one and
 * the call is sent once more. Any other non-2xx answer becomes {@link SwitchRejected} with the
 * switch's own message.
 */
final class ConnexCsClient {
  private final ConnexCsHttp http;
  private final ConnexCsTokens tokens;
  private final ConnexCsJson json;

  ConnexCsClient(ConnexCsHttp http, ConnexCsTokens tokens, ConnexCsJson json) {
    this.http = http;
    this.tokens = tokens;
    this.json = json;
  }

  JsonNode get(String path) {
    return call("GET", path, null);
  }

  JsonNode post(String path, JsonNode body) {
    return call("POST", path, body);
  }

  JsonNode put(String path, JsonNode body) {
    return call("PUT", path, body);
  }

  /** Deletes; a 404 (the switch no longer has it) counts as done. */
  void delete(String path) {
    String token = tokens.access();
    ConnexCsHttp.Answer a = http.send("DELETE", path, null, "Bearer " + token);
    if (a.status() == 401) {
      tokens.refused(token);
      a = http.send("DELETE", path, null, "Bearer " + tokens.access());
    }
    if (!a.ok() && a.status() != 404) {
      throw new SwitchRejected(a.status(), json.errorMessage(a.body()));
    }
  }

  private JsonNode call(String method, String path, JsonNode body) {
    String payload = body == null ? null : json.write(body);
    String token = tokens.access();
    ConnexCsHttp.Answer a = http.send(method, path, payload, "Bearer " + token);
    if (a.status() == 401) {
      tokens.refused(token);
      a = http.send(method, path, payload, "Bearer " + tokens.access());
    }
    if (!a.ok()) {
      throw new SwitchRejected(a.status(), json.errorMessage(a.body()));
    }
    return json.read(a.body());
  }
}
