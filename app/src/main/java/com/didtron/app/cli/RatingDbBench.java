package com.didtron.app.cli;

import com.didtron.DidtronApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code didtron bench rating-db}: the database side of rating, on a throw-away platform (embedded
 * PostgreSQL and Temporal in a temporary directory, removed afterwards), through the real services.
 * See {@link RatingDbScenario} for what is measured.
 */
final class RatingDbBench {
  static final String ADMIN = "bench@didtron.local";

  private RatingDbBench() {}

  static String run(int prefixes, int cdrs) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-rating-db-bench");
      try (ConfigurableApplicationContext platform = start(dir)) {
        return new RatingDbScenario(platform, prefixes, cdrs, dir).report();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(StartFailure.describe(e), e);
    } finally {
      delete(dir);
    }
  }

  static ConfigurableApplicationContext start(Path dir, String... more) {
    SpringApplication app = new SpringApplication(DidtronApplication.class);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--logging.level.root=ERROR",
                "--logging.level.com.didtron=ERROR",
                "--spring.main.log-startup-info=false",
                "--server.port=0",
                "--didtron.data-dir=" + dir.resolve("data"),
                "--didtron.temporal.embedded-port=0",
                "--didtron.admin.email=" + ADMIN,
                "--didtron.admin.password=" + UUID.randomUUID(),
                "--didtron.cdr.inbox-cron=0 0 1 1 *",
                // credit control on any free port (the switch bench gives it to its control switch)
                "--didtron.switch.authorise-port=0",
                // the synthetic CDRs start on 2026-06-01 whatever the date: keep them inside the
                // window
                "--didtron.limits.cdr-max-age=36500d"));
    args.addAll(List.of(more));
    return app.run(args.toArray(String[]::new));
  }

  static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp directory left behind is harmless
    }
  }
}
