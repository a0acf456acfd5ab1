package com.didtron.it;

import com.didtron.DidtronApplication;
import com.didtron.activities.testing.LedgerInvariants;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.activities.testing.TestAdmin;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole platform on a real embedded PostgreSQL and a port-bound
 * Temporal server, started once per test JVM (Spring caches the context).
 */
@SpringBootTest(classes = DidtronApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(LedgerInvariants.class)
public abstract class PlatformIT {
  public static final String ADMIN = TestAdmin.EMAIL;
  public static final String ADMIN_PASSWORD = TestAdmin.PASSWORD;

  /** 03:00 UTC on January 1st: a schedule that exists but does not fire while tests run. */
  private static final String YEARLY = "0 3 1 1 *";

  /** The test platform's data directory (its embedded PostgreSQL lives in {@code pg/}). */
  protected static final Path DATA_DIR = tempDir();

  /**
   * The JSON-RPC port the platform's switch sync calls the local Kamailio on: nothing listens there
   * until a test starts Kamailio on it (the sync keeps changes pending meanwhile).
   */
  @Autowired protected UserLogins logins;

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    registry.add("didtron.data-dir", DATA_DIR::toString);
    // credit control's loopback listener for the switch: any free port (see AuthoriseServer)
    registry.add("didtron.switch.authorise-port", () -> "0");
    registry.add("didtron.temporal.embedded-port", () -> "0");
    registry.add("didtron.admin.email", () -> ADMIN);
    registry.add("didtron.admin.password", () -> ADMIN_PASSWORD);
    registry.add("didtron.workflow-index.refresh-ms", () -> "300");
    // The recurring workflows still get scheduled, but on a cron that never fires during a test
    // run:
    // tests start each round themselves ("run now"), and a round firing on a 5-minute boundary
    // would race with what a test asserts (an extra SIP probe, an inbox file swept away).
    for (String cron :
        List.of(
            "didtron.sip.monitor.cron",
            "didtron.fraud.scan.cron",
            "didtron.did.rental.cron",
            "didtron.did.lifecycle.cron",
            "didtron.cdr.inbox-cron",
            "didtron.settlement.invoice-cron",
            "didtron.settlement.netting-cron")) {
      registry.add(cron, () -> YEARLY);
    }
    // test SIP peers and webhook receivers listen on loopback: allow it (production allows nothing
    // internal)
    registry.add("didtron.outbound.allow", () -> "127.0.0.0/8,::1/128");
    // Tests ingest CDRs at fixed dates (and move the clock back years): a ten-year window keeps
    // them
    // valid as the real clock moves on. BoundedInputIT checks the window against this setting.
    registry.add("didtron.limits.cdr-max-age", () -> "3650d");
    // payment and FX providers: a WireMock stand-in (see ProviderStubs)
    registry.add("didtron.stripe.secret-key", () -> "sk_test_didtron");
    registry.add("didtron.stripe.webhook-secret", () -> ProviderStubs.STRIPE_WEBHOOK_SECRET);
    registry.add("didtron.stripe.base-url", ProviderStubs::baseUrl);
    registry.add(
        "didtron.stripe.identity.webhook-secret",
        () -> ProviderStubs.STRIPE_IDENTITY_WEBHOOK_SECRET);
    registry.add("didtron.paypal.client-id", () -> "paypal-client");
    registry.add("didtron.paypal.client-secret", () -> "paypal-secret");
    registry.add("didtron.paypal.webhook-id", () -> "WH-DIDTRON-TEST");
    registry.add("didtron.paypal.base-url", ProviderStubs::baseUrl);
    registry.add("didtron.oxr.app-id", () -> "oxr-test");
    registry.add("didtron.oxr.base-url", ProviderStubs::baseUrl);
    // the local switch's JSON-RPC: refuses connections unless a test runs a FakeSwitchRpc or
    // forwards it to a real Kamailio (LiveCallsSwitchIT)
    registry.add("didtron.switch.kamailio.rpc-url", ProviderStubs::switchRpcUrl);
  }

  /** The first super admin, created by the first start of this test platform. */
  protected Actor admin() {
    return logins.principal(ADMIN).orElseThrow().actor();
  }

  protected Actor actorOf(String email) {
    return logins.principal(email).orElseThrow().actor();
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("didtron-it-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
