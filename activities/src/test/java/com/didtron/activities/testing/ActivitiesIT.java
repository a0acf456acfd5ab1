package com.didtron.activities.testing;

import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a feature's integration tests: the activities' beans ({@link ActivitiesTestPlatform}) on
 * a real PostgreSQL and Temporal's test server, one context per test JVM for every subclass (same
 * configuration and properties, so Spring caches it). After each class the ledger must still
 * balance ({@link LedgerInvariants}).
 */
@SpringBootTest(classes = ActivitiesTestPlatform.class, webEnvironment = WebEnvironment.NONE)
@ExtendWith(LedgerInvariants.class)
public abstract class ActivitiesIT {
  public static final String ADMIN = TestAdmin.EMAIL;

  /** 03:00 UTC on January 1st: a schedule that exists but does not fire while tests run. */
  private static final String YEARLY = "0 3 1 1 *";

  protected static final Path DATA_DIR = tempDir();

  @Autowired protected UserLogins logins;

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    registry.add("didtron.switch.authorise-port", () -> "0");
    registry.add("spring.jooq.sql-dialect", () -> "postgres");
    registry.add("didtron.data-dir", DATA_DIR::toString);
    registry.add("didtron.workflow-index.refresh-ms", () -> "300");
    for (String cron :
        List.of(
            "didtron.sip.monitor.cron",
            "didtron.fraud.scan.cron",
            "didtron.did.rental.cron",
            "didtron.did.lifecycle.cron",
            "didtron.cdr.inbox-cron",
            "didtron.settlement.invoice-cron",
            "didtron.settlement.netting-cron",
            "didtron.retention.cron")) {
      registry.add(cron, () -> YEARLY);
    }
    // the switch's CDR pull workflow pulls once at start, then waits: tests pull when they mean to
    registry.add("didtron.switch.cdr-pull-interval", () -> "3650d");
    registry.add("didtron.outbound.allow", () -> "127.0.0.0/8,::1/128");
    registry.add("didtron.limits.cdr-max-age", () -> "3650d");
    registry.add("didtron.stripe.secret-key", () -> "sk_test_didtron");
    registry.add("didtron.stripe.webhook-secret", () -> ProviderStubs.STRIPE_WEBHOOK_SECRET);
    registry.add("didtron.stripe.base-url", ProviderStubs::baseUrl);
    registry.add("didtron.paypal.client-id", () -> "paypal-client");
    registry.add("didtron.paypal.client-secret", () -> "paypal-secret");
    registry.add("didtron.paypal.webhook-id", () -> "WH-DIDTRON-TEST");
    registry.add("didtron.paypal.base-url", ProviderStubs::baseUrl);
    registry.add("didtron.oxr.app-id", () -> "oxr-test");
    registry.add("didtron.oxr.base-url", ProviderStubs::baseUrl);
    // the local switch's JSON-RPC: a stub the switch sync ITs can take down (see KamailioRpcStub)
    registry.add("didtron.switch.kamailio.rpc-url", KamailioRpcStub::url);
  }

  /** The first super admin, created when the context starts. */
  protected Actor admin() {
    return logins.principal(ADMIN).orElseThrow().actor();
  }

  protected Actor actorOf(String email) {
    return logins.principal(email).orElseThrow().actor();
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("didtron-activities-it-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
