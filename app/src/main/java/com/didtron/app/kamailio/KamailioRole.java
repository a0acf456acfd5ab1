package com.didtron.app.kamailio;

import com.didtron.app.platform.DatabaseLogins;
import com.didtron.app.platform.StartupProblem;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The PostgreSQL role the local Kamailio signs in with: {@value #ROLE}, a plain login whose
 * search_path is the {@code kamailio} schema (created by migration V8_6_1) and whose rights stop at
 * that schema. Created or updated by the schema's owner on every switch start, with a new password
 * each time (it is written only into the switch's runtime directory, mode 0600).
 */
final class KamailioRole {
  static final String ROLE = "kamailio";
  static final String SCHEMA = "kamailio";
  private static final SecureRandom RANDOM = new SecureRandom();

  private KamailioRole() {}

  /** Ensures the role and its rights as {@code owner}; returns its new password. */
  static String ensure(DatabaseLogins.Login owner) {
    String password = newPassword();
    try (Connection c = owner.connect();
        Statement s = c.createStatement()) {
      if (!schemaExists(c)) {
        throw new StartupProblem(
            "the database has no "
                + SCHEMA
                + " schema yet: start the platform once"
                + " so that its migrations run (./didtron start)");
      }
      String attributes =
          " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
              + " PASSWORD '"
              + password
              + "'";
      s.execute((roleExists(c) ? "ALTER ROLE " : "CREATE ROLE ") + ROLE + attributes);
      s.execute("ALTER ROLE " + ROLE + " SET search_path = " + SCHEMA);
      s.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + ROLE);
      s.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + SCHEMA + " TO " + ROLE);
      s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + SCHEMA + " TO " + ROLE);
    } catch (SQLException e) {
      throw new StartupProblem(
          "cannot prepare the database role "
              + ROLE
              + " for the switch as "
              + owner.user()
              + ": "
              + e.getMessage(),
          e);
    }
    return password;
  }

  private static boolean schemaExists(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      q.setString(1, SCHEMA);
      return q.executeQuery().next();
    }
  }

  private static boolean roleExists(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      q.setString(1, ROLE);
      return q.executeQuery().next();
    }
  }

  /** 32 url-safe characters: nothing to escape in a SQL literal nor in a postgres:// URL. */
  private static String newPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(bytes)
        .replace('-', 'x')
        .replace('_', 'y');
  }
}
