package com.didtron.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One embedded PostgreSQL per test JVM (zonky's packaged binaries, on loopback, in a temporary
 * directory), with the database {@value #DATABASE}, its owner (the server's superuser, who runs the
 * migrations) and the application's role {@value #APP_ROLE}: a login without any special right, as
 * in production. The schema's grants are applied by whoever migrates (see the activities' test
 * configuration).
 */
public final class TestDatabase {
  public static final String DATABASE = "didtron";
  public static final String APP_ROLE = "didtron_app";
  private static final String APP_PASSWORD = "didtron-app-test";
  private static TestDatabase shared;

  private final EmbeddedPostgres postgres;

  private TestDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** The server of this test JVM, started on first use and stopped when the JVM exits. */
  public static synchronized TestDatabase shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private static TestDatabase start() {
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      TestDatabase db = new TestDatabase(pg);
      db.prepare();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL", e);
    }
  }

  private void prepare() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + DATABASE);
      s.execute(
          "CREATE ROLE "
              + APP_ROLE
              + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
              + " NOBYPASSRLS PASSWORD '"
              + APP_PASSWORD
              + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database", e);
    }
  }

  /** The owner: runs the migrations and owns every table. */
  public Login owner() {
    return new Login(url(), "postgres", null);
  }

  /** The application's role: what the platform connects as. */
  public Login app() {
    return new Login(url(), APP_ROLE, APP_PASSWORD);
  }

  private String url() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  private void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One PostgreSQL login; {@code password} may be null (trusted local connection). */
  public record Login(String url, String user, String password) {
    public Connection connect() throws SQLException {
      Properties p = new Properties();
      p.setProperty("user", user);
      if (password != null) {
        p.setProperty("password", password);
      }
      return DriverManager.getConnection(url, p);
    }
  }
}
