package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.app.cli.Didtron;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./didtron start --with-switch} in a child JVM (never a second platform in this one): the
 * platform migrates its database, then starts the local Kamailio and prints {@code sip=HOST:PORT};
 * stopping the platform stops the switch.
 */
class StartWithSwitchIT {
  @TempDir Path dataDir;

  @Test
  void thePlatformStartsItsSwitchAfterMigratingAndStopsItOnShutdown() throws Exception {
    int sipPort = SwitchCalls.freeUdpPort();
    int rpcPort = SwitchCalls.freeTcpPort();
    Path log = Files.createTempFile("didtron-with-switch-", ".log");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-cp",
            System.getProperty("java.class.path"),
            "com.didtron.app.cli.Didtron",
            "start",
            "--with-switch",
            "--data-dir",
            dataDir.toString(),
            "--port",
            String.valueOf(PlatformProcess.freePort()),
            "--temporal-port",
            String.valueOf(PlatformProcess.freePort()),
            "--sip-port",
            String.valueOf(sipPort),
            "--rpc-port",
            String.valueOf(rpcPort));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DIDTRON_ADMIN_PASSWORD", PlatformProcess.ADMIN_PASSWORD);
    Process platform = pb.start();
    try {
      String running = awaitOutput(platform, log, "DIDTron is running at");
      assertThat(running).contains("sip=127.0.0.1:" + sipPort);
      assertThat(status()).startsWith("running pid=").contains("sip=127.0.0.1:" + sipPort);

      platform.destroy();
      eventually(
          "the switch stopped with the platform",
          () -> status().startsWith("stopped") ? Boolean.TRUE : null);
    } finally {
      if (!platform.waitFor(90, TimeUnit.SECONDS)) {
        platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      Didtron.commandLine().execute("switch", "stop", "--data-dir", dataDir.toString());
      PlatformProcess.stopLeftoverPostgres(dataDir);
    }
  }

  private String status() {
    StringWriter out = new StringWriter();
    var cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.execute("switch", "status", "--data-dir", dataDir.toString());
    return out.toString();
  }

  private static String awaitOutput(Process process, Path log, String marker) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      String out = read(log);
      if (out.contains(marker)) {
        return out;
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the platform stopped (exit " + process.exitValue() + "):\n" + out);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the platform did not start:\n" + read(log));
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
