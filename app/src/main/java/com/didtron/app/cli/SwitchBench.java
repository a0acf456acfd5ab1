package com.didtron.app.cli;

import com.didtron.app.kamailio.SwitchEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code didtron bench switch}: a throw-away platform (embedded PostgreSQL and Temporal in a
 * temporary directory, removed afterwards, as {@code didtron bench rating-db} uses) with two local
 * Kamailio switches on free loopback ports; see {@link SwitchBenchScenario} for what is measured.
 */
final class SwitchBench {
  static final String ADMIN = RatingDbBench.ADMIN;

  private SwitchBench() {}

  static String run(SwitchBenchCommand.Settings settings) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-switch-bench");
      // the control switch's ports are chosen first: the platform's own switch sync pushes to it
      SwitchEndpoints control =
          new SwitchEndpoints(
              "127.0.0.1", SippLoad.freeUdpPort(), SwitchBenchScenario.freeTcpPort());
      try (ConfigurableApplicationContext platform =
              RatingDbBench.start(
                  dir,
                  "--didtron.switch.kamailio.rpc-url=" + control.rpcUrl(),
                  // hundreds of zero-second calls a second from one customer are what the fraud
                  // scan blocks (short-call ratio, spike): no scan during the bench
                  "--didtron.fraud.scan.cron=0 0 1 1 *");
          SwitchBenchScenario scenario =
              new SwitchBenchScenario(platform, settings, dir, control)) {
        return scenario.report();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(StartFailure.describe(e), e);
    } finally {
      RatingDbBench.delete(dir);
    }
  }
}
