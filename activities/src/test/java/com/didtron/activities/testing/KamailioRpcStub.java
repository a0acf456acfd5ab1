package com.didtron.activities.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the local Kamailio's JSON-RPC endpoint (a fake switch, not a fake of DIDTron): it
 * answers every reload, can be taken down (its port closed) and brought back on the same port, and
 * can refuse one method with an error as Kamailio does. The feature ITs point {@code
 * didtron.switch.kamailio.rpc-url} at it; the tables the adapter writes are the real ones.
 */
public final class KamailioRpcStub {
  private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int PORT = freePort();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static HttpServer server;
  private static final List<String> calls = new CopyOnWriteArrayList<>();
  private static final Map<String, String> refused = new ConcurrentHashMap<>();

  private KamailioRpcStub() {}

  /** The stub's RPC URL (the stub starts on first use). */
  public static synchronized String url() {
    up();
    return "http://127.0.0.1:" + PORT + "/RPC";
  }

  /** Answers again, on the same port. */
  public static synchronized void up() {
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/RPC", KamailioRpcStub::answer);
    server.start();
  }

  /** Closes the port: every call fails as with a switch that is down. */
  public static synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Answers {@code method} with a JSON-RPC error carrying {@code message} until accepted again. */
  public static void refuse(String method, String message) {
    refused.put(method, message);
  }

  public static void acceptAll() {
    refused.clear();
  }

  /** The methods called since the last {@link #clearCalls}, in order. */
  public static List<String> calls() {
    return List.copyOf(calls);
  }

  public static void clearCalls() {
    calls.clear();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = METHOD.matcher(body);
    String method = m.find() ? m.group(1) : "?";
    Matcher id = ID.matcher(body);
    String rpcId = id.find() ? id.group(1) : "0";
    calls.add(method);
    if (method.startsWith("dlg.")) {
      forwardToFakeSwitch(exchange, body);
      return;
    }
    String error = refused.get(method);
    String json =
        error == null
            ? "{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":" + rpcId + "}"
            : "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":500,\"message\":\""
                + error.replace("\"", "'")
                + "\"},\"id\":"
                + rpcId
                + "}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Calls in progress are {@link FakeSwitchRpc}'s: passed on to it, and a reset connection there
   * (no calls running) closes this one without an answer, as a stopped switch does.
   */
  private static void forwardToFakeSwitch(HttpExchange exchange, String body) throws IOException {
    try {
      HttpResponse<byte[]> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(ProviderStubs.switchRpcUrl()))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (IOException e) {
      exchange.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
