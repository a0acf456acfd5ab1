package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in throttling by name and by client address, over real HTTP and in parallel. */
class LoginThrottleIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LoginThrottle throttle;
  @Autowired UserFixtures people;
  @Autowired Fixtures fixtures;

  private static String address() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
  }

  private static boolean refused(HttpResponse<String> signIn) {
    return signIn.headers().firstValue("Location").orElse("").endsWith("/login?error");
  }

  @Test
  void twentyParallelFailedSignInsCountExactlyTwentyForTheNameAndForTheAddress() throws Exception {
    UserFixtures.SignIn victim = people.staff(admin(), Role.ANALYST);
    String attacker = address();
    List<PortalSession> sessions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sessions.add(new PortalSession(port, attacker));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
      for (int i = 0; i < 20; i++) {
        PortalSession s = sessions.get(i);
        String guess = "guess-" + i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return s.signIn(victim.email(), guess);
                }));
      }
      start.countDown();
      for (Future<HttpResponse<String>> a : answers) {
        assertThat(refused(a.get())).isTrue();
      }
    }
    assertThat(throttle.failuresOf(victim.email())).isEqualTo(20);
    assertThat(throttle.failuresFrom(attacker)).isEqualTo(20);
    assertThat(throttle.lockedUntil(victim.email())).isPresent();
  }

  @Test
  void anAddressWithThirtyFailuresIsRefusedForEveryNameWhileOtherAddressesSignIn()
      throws Exception {
    UserFixtures.SignIn user = people.staff(admin(), Role.FINANCE);
    String noisy = address();
    for (int i = 0; i < 30; i++) {
      throttle.failed(Fixtures.unique("spray") + "@example.test", noisy);
    }
    assertThat(refused(new PortalSession(port, noisy).signIn(user.email(), user.password())))
        .isTrue();
    PortalSession elsewhere = new PortalSession(port, address());
    assertThat(refused(elsewhere.signIn(user.email(), user.password()))).isFalse();
    assertThat(elsewhere.landing("/")).isEqualTo("200");
  }

  @Test
  void aLockedSuperAdminStillSignsInFromAnAddressWithoutFailuresButNotFromTheAttackersOne()
      throws Exception {
    Actor platform = Actor.system("test", fixtures.tenant(Fixtures.unique("lock").toLowerCase()));
    UserFixtures.SignIn root = people.staff(platform, Role.SUPER_ADMIN);
    String attacker = address();
    for (int i = 0; i < 6; i++) {
      new PortalSession(port, attacker).signIn(root.email(), "guess-" + i);
    }
    assertThat(throttle.lockedUntil(root.email())).isPresent();
    assertThat(refused(new PortalSession(port, attacker).signIn(root.email(), root.password())))
        .isTrue();

    PortalSession office = new PortalSession(port, address());
    assertThat(refused(office.signIn(root.email(), root.password()))).isFalse();
    assertThat(office.landing("/")).isEqualTo("200");
    assertThat(throttle.lockedUntil(root.email())).isEmpty();
  }
}
