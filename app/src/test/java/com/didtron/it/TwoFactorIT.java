package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.Totp;
import com.didtron.testsupport.TestClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** TOTP two-factor sign-in over real HTTP; the test computes the codes from the secret shown. */
class TwoFactorIT extends PlatformIT {
  private static final Pattern SECRET = Pattern.compile("data-totp-secret>([A-Z2-7]{32})<");
  private static final Pattern OTPAUTH = Pattern.compile("otpauth://totp/DIDTron:[^\"<]+");

  @LocalServerPort int port;
  @Autowired UserFixtures people;
  @Autowired Fixtures fixtures;
  @Autowired ApiKeyService keys;
  @Autowired LoginThrottle throttle;
  @Autowired TestClock clock;

  /** Codes change every 30 s: the platform's clock stands still while a test runs. */
  @org.junit.jupiter.api.BeforeEach
  void stopTheClock() {
    clock.set(Instant.now());
  }

  @org.junit.jupiter.api.AfterEach
  void restartTheClock() {
    clock.reset();
  }

  private String code(String secret, int stepsAhead) {
    return Totp.code(secret, Totp.step(clock.instant()) + stepsAhead);
  }

  private static String secretOn(HttpResponse<String> page) {
    Matcher m = SECRET.matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  @Test
  void aStaffUserEnrolsAndFromThenOnSignsInWithPasswordAndACodeUsedOnlyOnce() throws Exception {
    UserFixtures.SignIn finance = people.staff(admin(), Role.FINANCE);
    PortalSession enrolling = new PortalSession(port, null);
    enrolling.signIn(finance.email(), finance.password());
    HttpResponse<String> setup = enrolling.get("/two-factor");
    String secret = secretOn(setup);
    Matcher uri = OTPAUTH.matcher(setup.body());
    assertThat(uri.find()).isTrue();
    assertThat(uri.group()).contains("secret=" + secret).contains("issuer=DIDTron");
    HttpResponse<String> on = enrolling.submit("/two-factor", Map.of("code", code(secret, -1)));
    assertThat(on.body()).contains("Two-factor sign-in is on");

    PortalSession next = new PortalSession(port, null);
    next.signIn(finance.email(), finance.password());
    assertThat(next.landing("/")).isEqualTo("/two-factor");
    assertThat(next.landing("/api-keys")).isEqualTo("/two-factor");
    HttpResponse<String> wrong =
        next.submit(
            "/two-factor", Map.of("code", "000000".equals(code(secret, 0)) ? "111111" : "000000"));
    assertThat(wrong.body()).contains("not right");
    assertThat(throttle.failuresOf(finance.email())).isEqualTo(1);
    HttpResponse<String> right = next.submit("/two-factor", Map.of("code", code(secret, 0)));
    assertThat(right.statusCode()).isEqualTo(302);
    assertThat(next.landing("/")).isEqualTo("200");
    assertThat(throttle.failuresOf(finance.email())).isZero();

    PortalSession replay = new PortalSession(port, null);
    replay.signIn(finance.email(), finance.password());
    assertThat(replay.submit("/two-factor", Map.of("code", code(secret, 0))).body())
        .contains("not right");
    assertThat(replay.landing("/")).isEqualTo("/two-factor");
  }

  @Test
  void aTenantThatRequires2faMakesItsStaffEnrolAtTheirNextSignIn() throws Exception {
    TenantId tenant = fixtures.tenant(Fixtures.unique("tfa").toLowerCase());
    Actor tenantAdmin =
        actorOf(people.staff(Actor.system("test", tenant), Role.SUPER_ADMIN).email());
    HttpResponse<String> policy =
        new ApiClient(port)
            .json(
                "PUT",
                "/api/users/two-factor-policy",
                keys.create(tenantAdmin, "policy").secret(),
                "{\"staffTwoFactorRequired\":true}");
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    assertThat(policy.body()).contains("\"staffTwoFactorRequired\":true");
    UserFixtures.SignIn analyst = people.staff(tenantAdmin, Role.ANALYST);

    PortalSession session = new PortalSession(port, null);
    session.signIn(analyst.email(), analyst.password());
    assertThat(session.landing("/")).isEqualTo("/two-factor");
    HttpResponse<String> enrol = session.get("/two-factor");
    assertThat(enrol.body()).contains("requires two-factor");
    String secret = secretOn(enrol);
    assertThat(session.submit("/two-factor", Map.of("code", code(secret, 0))).statusCode())
        .isEqualTo(302);
    assertThat(session.landing("/")).isEqualTo("200");
  }

  @Test
  void onlyASuperAdminSetsTheTenantPolicy() throws Exception {
    UserFixtures.SignIn finance = people.staff(admin(), Role.FINANCE);
    HttpResponse<String> r =
        new ApiClient(port)
            .json(
                "PUT",
                "/api/users/two-factor-policy",
                keys.create(actorOf(finance.email()), "x").secret(),
                "{\"staffTwoFactorRequired\":true}");
    assertThat(r.statusCode()).isEqualTo(403);
  }
}
