package com.didtron.it;

import com.didtron.DidtronApplication;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole platform on a real embedded PostgreSQL and a
 * port-bound Temporal server, started once per test JVM (Spring caches the context).
 */
@SpringBootTest(classes = DidtronApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(LedgerInvariants.class)
public abstract class PlatformIT {
  public static final String ADMIN = "admin@didtron.test";
  public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
  /** The test platform's data directory (its embedded PostgreSQL lives in {@code pg/}). */
  protected static final Path DATA_DIR = tempDir();

  @Autowired protected UserLogins logins;

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    registry.add("didtron.data-dir", DATA_DIR::toString);
    registry.add("didtron.temporal.embedded-port", () -> "0");
    registry.add("didtron.admin.email", () -> ADMIN);
    registry.add("didtron.admin.password", () -> ADMIN_PASSWORD);
    registry.add("didtron.workflow-index.refresh-ms", () -> "300");
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
