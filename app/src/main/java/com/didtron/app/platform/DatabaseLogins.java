package com.didtron.app.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The two database roles of the platform: the <b>owner</b> runs the Flyway migrations and owns
 * every table; the <b>application</b> role serves the platform with only the rights it needs (it
 * cannot change or delete ledger rows, nor disable the append-only triggers, since only an owner
 * may). Embedded: the server's superuser is the owner and {@value EmbeddedAppRole#ROLE} the
 * application. External: {@code didtron.db.owner-user}/{@code owner-password} and {@code
 * didtron.db.user}/ {@code password}; without an owner user one role does both (a warning at
 * startup).
 */
public record DatabaseLogins(Login owner, Login app) {

  /** True when migrations and the application run as the same role (the weaker setup). */
  public boolean singleRole() {
    return owner.user() != null && owner.user().equals(app.user());
  }

  /** One PostgreSQL login. {@code password} may be null (a trusted local connection). */
  public record Login(String url, String user, String password) {
    /** Opens a plain JDBC connection with this login (startup checks, tests). */
    public Connection connect() throws SQLException {
      Properties p = new Properties();
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      p.setProperty("connectTimeout", "5");
      p.setProperty("loginTimeout", "10");
      return DriverManager.getConnection(url, p);
    }

    @Override
    public String toString() {
      return "Login[" + user + " at " + url + "]";
    }
  }
}
