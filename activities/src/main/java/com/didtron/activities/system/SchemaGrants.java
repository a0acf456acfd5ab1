package com.didtron.activities.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What the application's role may do on the schema these migrations build, applied by the owner
 * after every migration (so tables added by later migrations are covered): read and write every
 * table, except that the ledger is append-only for it (INSERT and SELECT on entries, postings and
 * their source documents) and that balances, the entries' hash chain and the migration history are
 * read-only (the owner's triggers and functions maintain them). The platform and the feature
 * integration tests apply the same grants.
 */
public final class SchemaGrants {
  /** Append-only for the application: new rows, never changed or removed. */
  public static final List<String> APPEND_ONLY =
      List.of("journal_entry", "posting", "ledger_usage_batch", "ledger_adjustment");

  /** Read-only for the application. */
  public static final List<String> READ_ONLY =
      List.of(
          "ledger_balance", "journal_entry_hash", "ledger_source_kind", "flyway_schema_history");

  private SchemaGrants() {}

  /** Grants {@code appRole} its rights, in one transaction on the owner's connection {@code c}. */
  public static void grantApplicationRole(Connection c, String appRole) throws SQLException {
    try (Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      String role = quote(appRole);
      String schema = currentSchema(s);
      s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
      s.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
      s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
      s.execute(
          "REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA "
              + schema
              + " FROM "
              + role);
      for (String table : APPEND_ONLY) {
        s.execute("REVOKE UPDATE, DELETE ON " + schema + "." + table + " FROM " + role);
      }
      for (String table : READ_ONLY) {
        s.execute("REVOKE INSERT, UPDATE, DELETE ON " + schema + "." + table + " FROM " + role);
      }
      // the local switch's tables (V8_6_1): the application writes ACLs, routes and reads CDRs
      s.execute("GRANT USAGE ON SCHEMA kamailio TO " + role);
      s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA kamailio TO " + role);
      s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA kamailio TO " + role);
      c.commit();
    }
  }

  private static String currentSchema(Statement s) throws SQLException {
    var rs = s.executeQuery("SELECT quote_ident(current_schema())");
    rs.next();
    return rs.getString(1);
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
