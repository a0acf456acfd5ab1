package com.didtron.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code ./didtron start} in a child JVM (the test's own classpath, the CLI's main class) on
 * a given data directory, for tests that stop the platform the hard way ({@code kill -9}).
 */
final class PlatformProcess implements AutoCloseable {
  static final String ADMIN = "admin@didtron.local";
  static final String ADMIN_PASSWORD = "restart-test-admin-pw";

  private final Process process;
  private final Path log;
  final int httpPort;
  final int temporalPort;

  private PlatformProcess(Process process, Path log, int httpPort, int temporalPort) {
    this.process = process;
    this.log = log;
    this.httpPort = httpPort;
    this.temporalPort = temporalPort;
  }

  /** Starts the platform and waits (up to 5 minutes) until it says it is running. */
  static PlatformProcess start(
      Path dataDir, int httpPort, int temporalPort, Map<String, String> properties)
      throws IOException, InterruptedException {
    Path logs = Files.createDirectories(Path.of("target", "platform-process"));
    Path log = Files.createTempFile(logs, "didtron-", ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path")));
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.addAll(
        List.of(
            "com.didtron.app.cli.Didtron",
            "start",
            "--data-dir",
            dataDir.toString(),
            "--port",
            String.valueOf(httpPort),
            "--temporal-port",
            String.valueOf(temporalPort)));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DIDTRON_ADMIN_PASSWORD", ADMIN_PASSWORD);
    PlatformProcess p = new PlatformProcess(pb.start(), log, httpPort, temporalPort);
    p.awaitRunning(Duration.ofMinutes(5));
    return p;
  }

  private void awaitRunning(Duration patience) throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(patience);
    while (!output().contains("DIDTron is running at")) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the platform stopped (exit " + process.exitValue() + "):\n" + output());
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException(
            "the platform did not start within " + patience + ":\n" + output());
      }
      Thread.sleep(250);
    }
  }

  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  long pid() {
    return process.pid();
  }

  /** {@code kill -9}: no shutdown hook runs, the embedded PostgreSQL server is left behind. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM, as Ctrl+C). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Stops a PostgreSQL server that a killed platform left running on {@code dataDir}, if any. */
  static void stopLeftoverPostgres(Path dataDir) throws Exception {
    Path pid = dataDir.resolve("pg").resolve("postmaster.pid");
    if (Files.exists(pid)) {
      long p = Long.parseLong(Files.readAllLines(pid).get(0).strip());
      ProcessHandle.of(p)
          .filter(h -> h.info().command().map(c -> c.contains("postgres")).orElse(false))
          .ifPresent(
              h -> {
                h.destroy();
                h.onExit().join();
              });
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
