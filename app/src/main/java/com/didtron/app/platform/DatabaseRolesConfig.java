package com.didtron.app.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates as the database owner, then grants the application's role its rights (see {@link
 * DatabaseLogins}, {@link AppRoleGrants}); the platform itself connects as the application.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRolesConfig {
  private static final Logger log = LoggerFactory.getLogger(DatabaseRolesConfig.class);

  @Bean
  FlywayConfigurationCustomizer migrateAsOwner(DatabaseLogins logins) {
    DatabaseLogins.Login owner = logins.owner();
    return config -> config.dataSource(owner.url(), owner.user(), owner.password());
  }

  @Bean
  FlywayMigrationStrategy migrateThenGrant(DatabaseLogins logins) {
    return flyway -> {
      flyway.migrate();
      if (logins.singleRole()) {
        log.warn(
            "didtron.db.owner-user is not set: the application connects as {}, which owns the"
                + " schema and could disable the ledger's append-only triggers; set"
                + " DIDTRON_DB_OWNER_USER/DIDTRON_DB_OWNER_PASSWORD for migrations and give"
                + " DIDTRON_DB_USER a role of its own (docs/operations.md)",
            logins.app().user());
        return;
      }
      AppRoleGrants.apply(logins.owner(), logins.app().user());
    };
  }
}
