package com.didtron.app.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server runs as its own process. When the platform is killed hard ({@code
 * kill -9}, a power-off of the JVM) that server outlives it and keeps the data directory; the next
 * start, which holds the data-directory lock and so knows no live DIDTron uses it, stops that
 * orphan (a fast shutdown) before starting its own.
 */
final class OrphanPostmaster {
  private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

  private OrphanPostmaster() {}

  static void stopIfAny(Path pgDir) throws IOException {
    Optional<ProcessHandle> orphan = running(pgDir);
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = orphan.get();
    log.warn(
        "An embedded PostgreSQL (pid {}) left by a platform that stopped abruptly still runs on {}: "
            + "stopping it",
        postmaster.pid(),
        pgDir);
    postmaster.destroy();
    try {
      postmaster.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException(
          "the PostgreSQL server left running on "
              + pgDir
              + " (pid "
              + postmaster.pid()
              + ") did not stop within 60 s; stop it and start again",
          e);
    } catch (ExecutionException e) {
      throw new IOException(
          "could not wait for PostgreSQL pid " + postmaster.pid() + " to stop", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
    }
  }

  /**
   * The live postmaster named by {@code postmaster.pid}, if that process is a PostgreSQL server.
   */
  static Optional<ProcessHandle> running(Path pgDir) throws IOException {
    Path pidFile = pgDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
  }
}
