package com.didtron.activities.creditcontrol;

import com.didtron.activities.Facade;
import com.didtron.rating.credit.Decision;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The switch's line to {@link CreditControl}: a small HTTP listener bound to 127.0.0.1 only (not
 * the portal's server, no Spring Security), on {@code didtron.switch.authorise-port} (0: any free
 * port; -1: off). Every request carries the shared secret ({@link AuthoriseToken}) as {@code
 * key=...}: other processes on the host get 403 (and the switch refuses the call: fail closed).
 *
 * <ul>
 *   <li>{@code GET /authorise?key=TOKEN&account=UUID&trunk=ID&call=CALLID&number=DIGITS}: 200 with
 *       the dialog timeout in seconds as the body (the paid maximum less one second, see {@link
 *       #dialogTimeout}), or 402/403 with the reason as the body.
 *   <li>{@code GET /ended?key=TOKEN&call=CALLID&seconds=N}: the call ended after N seconds of talk
 *       (N may be missing); 200.
 * </ul>
 */
@Component
@Facade
public class AuthoriseServer implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(AuthoriseServer.class);

  private final CreditControl credit;
  private final int configuredPort;
  private final String token;
  private HttpServer server;
  private ExecutorService executor;
  private int boundPort = -1;

  AuthoriseServer(
      CreditControl credit,
      @Value("${didtron.switch.authorise-port:5090}") int configuredPort,
      @Value("${didtron.switch.authorise-token:}") String configuredToken,
      @Value("${didtron.data-dir:./data}") Path dataDir) {
    this.credit = credit;
    this.configuredPort = configuredPort;
    this.token = configuredPort < 0 ? "" : AuthoriseToken.resolve(configuredToken, dataDir);
  }

  /** The secret the switch must send (AUTHORISE_TOKEN in didtron-local.cfg). */
  public String token() {
    return token;
  }

  @Override
  public synchronized void start() {
    if (configuredPort < 0 || server != null) {
      return;
    }
    try {
      // a restart keeps the port the switch was told, also when "any free port" was configured
      int port = configuredPort == 0 && boundPort > 0 ? boundPort : configuredPort;
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    } catch (IOException e) {
      // the platform still runs; the switch fails closed (503) until this is fixed
      log.error(
          "Credit control cannot listen on 127.0.0.1:{} ({}): the switch will refuse calls",
          configuredPort,
          e.getMessage());
      return;
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/authorise", this::authorise);
    server.createContext("/ended", this::ended);
    server.start();
    boundPort = server.getAddress().getPort();
    log.info("Credit control listens on http://127.0.0.1:{}/authorise", port());
  }

  /** The bound port (the real one when configured as 0), or -1 when not listening. */
  public int port() {
    return server == null ? -1 : server.getAddress().getPort();
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  private void authorise(HttpExchange ex) throws IOException {
    Map<String, String> q = query(ex);
    if (!AuthoriseToken.matches(token, q.get("key"))) {
      reply(ex, 403, "missing or wrong key");
      return;
    }
    Decision d = credit.authorise(q.get("account"), q.get("trunk"), q.get("call"), q.get("number"));
    switch (d) {
      case Admit a -> reply(ex, 200, Long.toString(dialogTimeout(a.maxSeconds())));
      case Refuse r -> reply(ex, r.reason().sipCode(), r.detail());
    }
  }

  /**
   * The timeout the switch sets: one second under the paid maximum. Kamailio's dialog timer ends a
   * call a fraction of a second after its timeout and the CDR's duration is rounded up to a whole
   * second, so a call given exactly N seconds would be billed N + 1.
   */
  static long dialogTimeout(long maxSeconds) {
    return Math.max(1, maxSeconds - 1);
  }

  private void ended(HttpExchange ex) throws IOException {
    Map<String, String> q = query(ex);
    if (!AuthoriseToken.matches(token, q.get("key"))) {
      reply(ex, 403, "missing or wrong key");
      return;
    }
    Long seconds = null;
    try {
      String s = q.get("seconds");
      seconds = s == null || s.isBlank() ? null : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      seconds = null;
    }
    credit.ended(q.get("call"), seconds);
    reply(ex, 200, "ok");
  }

  private static Map<String, String> query(HttpExchange ex) {
    Map<String, String> out = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
