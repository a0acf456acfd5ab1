package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.activities.user.UserLogins;
import com.didtron.app.cli.Didtron;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine;

/**
 * {@code didtron admin user create | reset-password} against the running test platform's database.
 */
class UserCommandIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired UserLogins signIns;
  @Autowired PasswordEncoder passwords;
  @Autowired LoginThrottle throttle;
  @Autowired Fixtures fixtures;
  @Autowired UserFixtures people;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    CommandLine cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void createPrintsAOneTimePasswordThatSignsInAndMustBeChangedFirst() throws Exception {
    String email = Fixtures.unique("cli") + "@example.test";
    Outcome o =
        run(
            "admin",
            "user",
            "create",
            "--email",
            email,
            "--role",
            "FINANCE",
            "--data-dir",
            DATA_DIR.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    String oneTime = o.out().strip();
    assertThat(oneTime).hasSize(20);
    assertThat(o.err()).contains("must be changed");
    var user = signIns.principal(email).orElseThrow();
    assertThat(user.user().roles()).containsExactly(Role.FINANCE);
    assertThat(user.user().tenantId()).isEqualTo(admin().tenantId());
    PortalSession browser = new PortalSession(port, null);
    browser.signIn(email, oneTime);
    assertThat(browser.landing("/")).isEqualTo("/change-password");
  }

  @Test
  void aCustomerUserIsCreatedForItsAccountAndWithoutOneTheCommandSaysWhyAndExitsOne() {
    Account account = fixtures.account(admin(), Fixtures.unique("CliCo"));
    String email = Fixtures.unique("cli-customer") + "@example.test";
    Outcome missing =
        run(
            "admin",
            "user",
            "create",
            "--email",
            email,
            "--role",
            "CUSTOMER",
            "--data-dir",
            DATA_DIR.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("accountId").doesNotContain("\tat ");
    Outcome ok =
        run(
            "admin",
            "user",
            "create",
            "--email",
            email,
            "--role",
            "CUSTOMER",
            "--account",
            account.id().toString(),
            "--tenant",
            "didtron",
            "--data-dir",
            DATA_DIR.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(signIns.principal(email).orElseThrow().user().accountId()).isEqualTo(account.id());
  }

  @Test
  void anUnknownTenantIsRefusedWithExitOne() {
    Outcome o =
        run(
            "admin",
            "user",
            "create",
            "--email",
            Fixtures.unique("x") + "@example.test",
            "--role",
            "ANALYST",
            "--tenant",
            "no-such-tenant",
            "--data-dir",
            DATA_DIR.toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("no tenant with code no-such-tenant");
  }

  @Test
  void resetPasswordUnlocksALockedUserWithANewOneTimePassword() {
    UserFixtures.SignIn user = people.staff(admin(), Role.ANALYST);
    for (int i = 0; i < 5; i++) {
      throttle.failed(user.email(), "10.9.9.9");
    }
    assertThat(throttle.lockedUntil(user.email())).isPresent();
    Outcome o =
        run(
            "admin",
            "user",
            "reset-password",
            "--email",
            user.email(),
            "--data-dir",
            DATA_DIR.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    String oneTime = o.out().strip();
    assertThat(throttle.lockedUntil(user.email())).isEmpty();
    assertThat(
            passwords.matches(oneTime, signIns.principal(user.email()).orElseThrow().getPassword()))
        .isTrue();
    assertThat(signIns.state(user.id()).orElseThrow().mustChangePassword()).isTrue();
  }
}
