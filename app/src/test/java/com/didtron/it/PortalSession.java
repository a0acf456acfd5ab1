package com.didtron.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session with the portal over real HTTP (cookies kept, redirects not followed): the
 * login form and the sign-in step pages posted with their CSRF tokens, optionally from a given
 * client address ({@code X-Forwarded-For}, believed from the loopback proxy).
 */
final class PortalSession {
  private static final Pattern META_CSRF = Pattern.compile("_csrf\" content=\"([^\"]+)\"");
  private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private final String address;

  PortalSession(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the login form as the browser does; the answer is the redirect. */
  HttpResponse<String> signIn(String email, String password) throws Exception {
    Matcher csrf = META_CSRF.matcher(get("/login").body());
    return post(
        "/login",
        csrf.find() ? csrf.group(1) : "",
        Map.of("username", email, "password", password));
  }

  /** Posts a form of one of the sign-in step pages (token taken from the page at {@code path}). */
  HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
    Matcher csrf = FORM_CSRF.matcher(get(path).body());
    return post(path, csrf.find() ? csrf.group(1) : "", fields);
  }

  /** Where a GET of {@code path} is redirected to (the path), or "200" when it is served. */
  String landing(String path) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() == 200) {
      return "200";
    }
    return URI.create(r.headers().firstValue("Location").orElse("status " + r.statusCode()))
        .getPath();
  }

  private HttpResponse<String> post(String path, String token, Map<String, String> fields)
      throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token);
    String form =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (address != null) {
      b.header("X-Forwarded-For", address);
    }
    return b;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
