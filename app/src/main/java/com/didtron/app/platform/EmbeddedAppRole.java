package com.didtron.app.platform;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The application's role on the embedded PostgreSQL: a login without any special right, created by
 * the superuser on first start. Its password is generated anew on every start (nothing needs to
 * remember it: only this process connects as it), so no password of it lies on disk.
 */
final class EmbeddedAppRole {
  static final String ROLE = "didtron_app";
  private static final SecureRandom RANDOM = new SecureRandom();

  private EmbeddedAppRole() {}

  /** Creates the role (or sets its new password) as {@code owner}; returns its login. */
  static DatabaseLogins.Login ensure(DatabaseLogins.Login owner, int port) {
    String password = newPassword();
    try (Connection c = owner.connect();
        Statement s = c.createStatement()) {
      String attributes =
          " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
              + " PASSWORD '"
              + password
              + "'";
      s.execute((exists(c) ? "ALTER ROLE " : "CREATE ROLE ") + ROLE + attributes);
    } catch (SQLException e) {
      throw new StartupProblem(
          "cannot prepare the database role " + ROLE + ": " + EmbeddedDatabase.rootMessage(e), e);
    }
    return new DatabaseLogins.Login(
        "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE, ROLE, password);
  }

  private static boolean exists(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      q.setString(1, ROLE);
      return q.executeQuery().next();
    }
  }

  /** 32 url-safe characters: nothing to escape inside a SQL literal. */
  private static String newPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
