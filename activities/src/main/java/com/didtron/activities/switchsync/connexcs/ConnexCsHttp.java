package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.activities.switchsync.SwitchUnreachable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with ConnexCS: the host passes {@link OutboundGuard} before every request,
 * every wait is bounded, and a missing answer becomes {@link SwitchUnreachable}. Logs method, path
 * and status only: never headers or bodies (tokens, passwords, balances).
 */
final class ConnexCsHttp {
  private static final Logger log = LoggerFactory.getLogger(ConnexCsHttp.class);

  /** The switch's answer: any status, body as text. */
  record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final URI base;
  private final Duration timeout;
  private final OutboundGuard guard;
  private final HttpClient client;

  ConnexCsHttp(URI base, Duration timeout, OutboundGuard guard) {
    this.base = base;
    this.timeout = timeout;
    this.guard = guard;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Sends {@code json} (or nothing when null) to {@code path} under the base URL. */
  Answer send(String method, String path, String json, String authorization) {
    Optional<String> refusal = guard.urlRefusal(base.toString());
    if (refusal.isPresent()) {
      throw new SwitchUnreachable(
          "ConnexCS at "
              + base.getHost()
              + " is not an allowed address: "
              + refusal.get()
              + " (see didtron.outbound.allow)",
          null,
          false);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Authorization", authorization);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> r =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      log.debug("ConnexCS {} {} -> {}", method, pathOnly(path), r.statusCode());
      return new Answer(r.statusCode(), r.body());
    } catch (HttpTimeoutException e) {
      throw new SwitchUnreachable(
          "ConnexCS did not answer within " + timeout.toSeconds() + " s", e, true);
    } catch (ConnectException e) {
      throw new SwitchUnreachable(
          "ConnexCS at " + base.getHost() + " cannot be reached (connection refused)", e, true);
    } catch (IOException e) {
      throw new SwitchUnreachable(
          "ConnexCS at " + base.getHost() + " cannot be reached: " + e.getClass().getSimpleName(),
          e,
          true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SwitchUnreachable("Interrupted while waiting for ConnexCS", e, true);
    }
  }

  private static String pathOnly(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
