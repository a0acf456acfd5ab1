package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.user.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The platform over real HTTP: health, sign-in, throttling. */
class HttpIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LoginThrottle throttle;
  @Autowired UserService users;

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Posts the login form the way the browser does (with the CSRF token of the login page). */
  private HttpResponse<String> signIn(HttpClient client, String email, String password)
      throws Exception {
    String page = get(client, "/login").body();
    Matcher csrf = Pattern.compile("_csrf\" content=\"([^\"]+)\"").matcher(page);
    String token = csrf.find() ? csrf.group(1) : "";
    String form =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsUpWithPostgresAndTemporalButShowsNoDetailsToStrangers() throws Exception {
    HttpResponse<String> health = get(browser(), "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .doesNotContain("temporal")
        .doesNotContain("db");
  }

  @Test
  void anAdminSeesTheHealthOfEachPart() throws Exception {
    HttpClient client = browser();
    HttpResponse<String> login = signIn(client, ADMIN, ADMIN_PASSWORD);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    String body = get(client, "/actuator/health").body();
    assertThat(body).contains("\"temporal\":{").contains("\"db\":{").contains("\"status\":\"UP\"");
  }

  @Test
  void theLoginPageIsTitledDidtron() throws Exception {
    assertThat(get(browser(), "/login").body()).contains("DIDTron");
  }

  @Test
  void aWrongPasswordAndAnUnknownUserFailAlike() throws Exception {
    HttpResponse<String> wrong = signIn(browser(), ADMIN, "not-the-password");
    HttpResponse<String> unknown = signIn(browser(), "nobody@example.test", "not-the-password");
    assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
    assertThat(wrong.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(unknown.headers().firstValue("Location"))
        .isEqualTo(wrong.headers().firstValue("Location"));
  }

  @Test
  void repeatedFailuresLockTheNameEvenForTheRightPasswordButNotOthers() throws Exception {
    String email = Fixtures.unique("victim") + "@example.test";
    String password =
        ((UserChange.Created)
                users.create(admin(), new UserDraft(email, "Victim", Set.of(Role.ANALYST), null)))
            .oneTimePassword();
    for (int i = 0; i < 5; i++) {
      signIn(browser(), email, "guess-" + i);
    }
    assertThat(throttle.lockedUntil(email)).isPresent();
    HttpResponse<String> right = signIn(browser(), email, password);
    assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    HttpResponse<String> other = signIn(browser(), ADMIN, ADMIN_PASSWORD);
    assertThat(other.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }
}
