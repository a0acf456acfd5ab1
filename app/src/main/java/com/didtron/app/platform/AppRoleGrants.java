package com.didtron.app.platform;

import com.didtron.activities.system.SchemaGrants;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Grants the application's role its rights after every migration, as the owner; the rights
 * themselves are the schema's ({@link SchemaGrants}), shared with the feature integration tests.
 */
final class AppRoleGrants {
  private AppRoleGrants() {}

  static void apply(DatabaseLogins.Login owner, String appRole) {
    try (Connection c = owner.connect()) {
      SchemaGrants.grantApplicationRole(c, appRole);
    } catch (SQLException e) {
      throw new StartupProblem(
          "cannot grant the application role "
              + appRole
              + " its rights: "
              + EmbeddedDatabase.rootMessage(e),
          e);
    }
  }
}
