package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyRequest;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.PasswordChange;
import com.didtron.activities.user.UserService;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions and credentials: disabling ends sessions and keys, password change and reset, key
 * scopes.
 */
class CredentialsIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;
  @Autowired UserFixtures people;
  @Autowired TestClock clock;
  @Autowired DSLContext db;

  private HttpResponse<String> api(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  @Test
  void disablingAUserEndsItsLiveSessionAndRefusesItsApiKeyAtOnce() throws Exception {
    UserFixtures.SignIn analyst = people.staff(admin(), Role.ANALYST);
    String key = keys.create(actorOf(analyst.email()), "analyst script").secret();
    PortalSession browser = new PortalSession(port, null);
    browser.signIn(analyst.email(), analyst.password());
    assertThat(browser.landing("/")).isEqualTo("200");
    assertThat(api("GET", "/api/accounts", key, null).statusCode()).isEqualTo(200);

    HttpResponse<String> disabled =
        api(
            "POST",
            "/api/users/" + analyst.id() + "/disable",
            keys.create(admin(), "admin").secret(),
            null);

    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.body()).contains("\"enabled\":false");
    assertThat(api("GET", "/api/accounts", key, null).statusCode()).isEqualTo(401);
    assertThat(browser.landing("/")).isEqualTo("/login");
    assertThat(
            new PortalSession(port, null)
                .signIn(analyst.email(), analyst.password())
                .headers()
                .firstValue("Location")
                .orElse(""))
        .endsWith("/login?error");
  }

  @Test
  void enablingAgainDoesNotBringBackTheRevokedKeysAndDeletingRevokesThemToo() throws Exception {
    UserFixtures.SignIn finance = people.staff(admin(), Role.FINANCE);
    String before = keys.create(actorOf(finance.email()), "old").secret();
    users.disable(admin(), finance.id());
    users.enable(admin(), finance.id());
    assertThat(api("GET", "/api/accounts", before, null).statusCode()).isEqualTo(401);
    String after = keys.create(actorOf(finance.email()), "new").secret();
    assertThat(api("GET", "/api/accounts", after, null).statusCode()).isEqualTo(200);
    users.delete(admin(), finance.id());
    assertThat(api("GET", "/api/accounts", after, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anExpiredKeyIsRefusedWith401() throws Exception {
    String key =
        keys.create(
                admin(),
                new ApiKeyRequest("nightly", clock.instant().plus(Duration.ofHours(1)), false))
            .secret();
    assertThat(api("GET", "/api/accounts", key, null).statusCode()).isEqualTo(200);
    try {
      clock.advance(Duration.ofHours(2));
      HttpResponse<String> expired = api("GET", "/api/accounts", key, null);
      assertThat(expired.statusCode()).isEqualTo(401);
      assertThat(expired.body()).contains("expired");
    } finally {
      clock.reset();
    }
  }

  @Test
  void aReadOnlyKeyReadsButIsRefusedOnPostWith403() throws Exception {
    String key = keys.create(admin(), new ApiKeyRequest("reporting", null, true)).secret();
    assertThat(api("GET", "/api/accounts", key, null).statusCode()).isEqualTo(200);
    HttpResponse<String> post =
        api(
            "POST",
            "/api/accounts",
            key,
            """
        {"name":"%s","kind":"CUSTOMER","currency":"USD","billingMode":"PREPAID"}"""
                .formatted(Fixtures.unique("RO")));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains("read-only");
  }

  @Test
  void aUserChangesItsPasswordOnlyWithTheCurrentOne() throws Exception {
    UserFixtures.SignIn user = people.staff(admin(), Role.AUDITOR);
    PasswordChange wrong =
        ownPassword.change(actorOf(user.email()), "not-the-password", "a-brand-new-password");
    assertThat(wrong)
        .isInstanceOfSatisfying(
            PasswordChange.Rejected.class,
            r ->
                assertThat(r.errors())
                    .extracting(e -> e.field())
                    .containsExactly("currentPassword"));
    PasswordChange tooShort = ownPassword.change(actorOf(user.email()), user.password(), "short");
    assertThat(tooShort).isInstanceOf(PasswordChange.Rejected.class);

    PortalSession browser = new PortalSession(port, null);
    browser.signIn(user.email(), user.password());
    HttpResponse<String> changed =
        browser.submit(
            "/change-password",
            Map.of(
                "currentPassword",
                user.password(),
                "newPassword",
                "auditor-new-password",
                "repeatPassword",
                "auditor-new-password"));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    assertThat(browser.landing("/")).isEqualTo("200");
    assertThat(
            new PortalSession(port, null)
                .signIn(user.email(), user.password())
                .headers()
                .firstValue("Location")
                .orElse(""))
        .endsWith("/login?error");
    PortalSession again = new PortalSession(port, null);
    again.signIn(user.email(), "auditor-new-password");
    assertThat(again.landing("/")).isEqualTo("200");
  }

  @Test
  void anAdminResetEndsTheSessionsAndTheOneTimePasswordMustBeChangedAtSignIn() throws Exception {
    UserFixtures.SignIn user = people.staff(admin(), Role.ANALYST);
    PortalSession old = new PortalSession(port, null);
    old.signIn(user.email(), user.password());
    assertThat(old.landing("/")).isEqualTo("200");

    HttpResponse<String> reset =
        api(
            "POST",
            "/api/users/" + user.id() + "/password-reset",
            keys.create(admin(), "admin").secret(),
            null);
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    String oneTime = reset.body().replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");

    assertThat(old.landing("/")).isEqualTo("/login");
    PortalSession fresh = new PortalSession(port, null);
    fresh.signIn(user.email(), oneTime);
    assertThat(fresh.landing("/")).isEqualTo("/change-password");
    assertThat(fresh.landing("/accounts")).isEqualTo("/change-password");
    fresh.submit(
        "/change-password",
        Map.of(
            "currentPassword",
            oneTime,
            "newPassword",
            "chosen-after-reset",
            "repeatPassword",
            "chosen-after-reset"));
    assertThat(fresh.landing("/")).isEqualTo("200");
    assertThat(
            db.fetchExists(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_ID
                    .eq(user.id().toString())
                    .and(AUDIT_LOG.ACTOR.eq(ADMIN))
                    .and(AUDIT_LOG.AFTER.cast(String.class).contains("\"passwordReset\": true"))))
        .isTrue();
    assertThat(db.fetchExists(AUDIT_LOG, AUDIT_LOG.AFTER.cast(String.class).contains(oneTime)))
        .isFalse();
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndHstsAndSecureCookiesOnlyBehindTls()
      throws Exception {
    ApiClient plain = new ApiClient(port);
    HttpResponse<String> login =
        plain.send("GET", "/login", null, null, null, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> api = plain.json("GET", "/api/accounts", null, null);
    for (HttpResponse<String> r : List.of(login, api)) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'self'")
                      .contains("style-src 'self' 'unsafe-inline'"));
      assertThat(r.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy"))
          .hasValue("strict-origin-when-cross-origin");
      assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
    assertThat(login.headers().allValues("Set-Cookie"))
        .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));

    HttpResponse<String> tls =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(tls.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    assertThat(tls.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
  }
}
