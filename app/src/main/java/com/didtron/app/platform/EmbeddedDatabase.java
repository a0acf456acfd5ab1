package com.didtron.app.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's packaged binaries) whose data lives in {@code <data-dir>/pg}
 * and survives restarts. Durable settings: fsync and synchronous commit on. It listens on the bind
 * address only (default 127.0.0.1) and its superuser {@code postgres} signs in with a generated
 * password ({@code <data-dir>/pg-password}, readable by the owner only) over scram-sha-256: no
 * local user gets a password-less superuser.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  static final String DATABASE = "didtron";
  public static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final String password;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  /** Starts on the loopback address. */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    return start(dataDir, "127.0.0.1", port);
  }

  /** Starts on the given address; the server stops by itself when the JVM exits. */
  public static EmbeddedDatabase start(Path dataDir, String bindAddress, int port) {
    return start(dataDir, bindAddress, port, true);
  }

  /**
   * Starts on the given address. With {@code stopOnJvmExit} false the caller stops it by {@link
   * #close()}: the platform's context does, after every bean that still writes at shutdown (a JVM
   * shutdown hook of its own would stop it in parallel with them).
   */
  public static EmbeddedDatabase start(
      Path dataDir, String bindAddress, int port, boolean stopOnJvmExit) {
    Path pgDir = dataDir.resolve("pg").toAbsolutePath();
    try {
      Files.createDirectories(pgDir);
      OrphanPostmaster.stopIfAny(pgDir);
      String password = PgPassword.readOrCreate(dataDir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // CDR ingest at millions of rows (docs/benchmarks.md, "Scale"): the random-order
              // callee index of a month's partition (~600 MB at 10M CDRs) stays in shared buffers
              // (a plain COPY of 2M CDRs into 10M: 19 s with 1GB, 24 s with 512MB; the memory is
              // taken only as pages are used), and checkpoints (each followed by full-page writes
              // of every page touched again) come every 4 GB of WAL instead of every 1 GB
              .setServerConfig("shared_buffers", "1GB")
              .setServerConfig("max_wal_size", "4GB")
              // and at most every 15 minutes rather than 5: fewer full-page writes during long
              // ingests; crash recovery replays at most max_wal_size of WAL either way
              .setServerConfig("checkpoint_timeout", "15min")
              .setServerConfig("listen_addresses", listenAddresses(bindAddress))
              .setServerConfig("password_encryption", "scram-sha-256")
              .setConnectConfig("password", password)
              .setRegisterShutdownHook(stopOnJvmExit)
              .start();
      EmbeddedDatabase db = new EmbeddedDatabase(pg, password);
      db.requirePassword(pgDir);
      db.createDatabaseIfMissing();
      log.info("Embedded PostgreSQL on {}:{} with data in {}", bindAddress, pg.getPort(), pgDir);
      return db;
    } catch (IOException | SQLException | RuntimeException e) {
      throw new StartupProblem(
          "cannot start the embedded PostgreSQL in " + pgDir + ": " + rootMessage(e), e);
    }
  }

  /**
   * Sets the superuser's password and makes every connection present it (scram-sha-256): initdb
   * leaves "trust" in pg_hba.conf, so a data directory made by an older DIDTron is secured here
   * too.
   */
  private void requirePassword(Path pgDir) throws SQLException, IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute("ALTER ROLE " + USER + " WITH PASSWORD '" + password.replace("'", "''") + "'");
      if (PgPassword.writeHba(pgDir)) {
        s.execute("SELECT pg_reload_conf()");
      }
    }
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + DATABASE);
      }
    }
  }

  /** The bind address, plus loopback (where this process and the CLI connect). */
  static String listenAddresses(String bindAddress) {
    return EmbeddedTemporal.address(bindAddress).isLoopbackAddress()
            || bindAddress.equals("0.0.0.0")
            || bindAddress.equals("*")
        ? bindAddress
        : "127.0.0.1," + bindAddress;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public String password() {
    return password;
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
  }
}
