package com.didtron.app.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** The platform's PostgreSQL: external when {@code didtron.db.url} is set, else embedded. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  @Bean(destroyMethod = "close")
  EmbeddedDatabaseHolder embeddedDatabase(DidtronProperties props) {
    if (props.db().external()) {
      return new EmbeddedDatabaseHolder(null);
    }
    return new EmbeddedDatabaseHolder(
        EmbeddedDatabase.start(
            props.dataDir(), props.bindAddress(), props.db().embeddedPort(), false));
  }

  /**
   * The owner (migrations) and application logins; see {@link DatabaseLogins}. Depends on the
   * embedded database explicitly (it is reached through an {@code ObjectProvider}, which records no
   * dependency): everything that uses the pool is then closed before the database stops, so the
   * worker's last history archive at shutdown still reaches it.
   */
  @Bean
  @DependsOn("embeddedDatabase")
  DatabaseLogins databaseLogins(
      DidtronProperties props, ObjectProvider<EmbeddedDatabaseHolder> embedded) {
    DidtronProperties.Db db = props.db();
    if (db.external()) {
      checkReachable(db);
      var app = new DatabaseLogins.Login(db.url(), db.user(), db.password());
      if (db.ownerUser() == null || db.ownerUser().isBlank()) {
        return new DatabaseLogins(app, app);
      }
      checkReachable(
          new DidtronProperties.Db(db.url(), db.ownerUser(), db.ownerPassword(), 0, null, null));
      return new DatabaseLogins(
          new DatabaseLogins.Login(db.url(), db.ownerUser(), db.ownerPassword()), app);
    }
    EmbeddedDatabase database = embedded.getObject().database();
    var owner =
        new DatabaseLogins.Login(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
    return new DatabaseLogins(owner, EmbeddedAppRole.ensure(owner, database.port()));
  }

  /** The platform's pool: the application's role, never the owner (unless configured as one). */
  @Bean(destroyMethod = "close")
  DataSource dataSource(DatabaseLogins logins) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("didtron");
    config.setMaximumPoolSize(16);
    config.setJdbcUrl(logins.app().url());
    config.setUsername(logins.app().user());
    config.setPassword(logins.app().password());
    return new HikariDataSource(config);
  }

  /** Fails fast, in one line, when the external database cannot be reached or refuses us. */
  static void checkReachable(DidtronProperties.Db db) {
    Properties p = new Properties();
    if (db.user() != null) {
      p.setProperty("user", db.user());
    }
    if (db.password() != null) {
      p.setProperty("password", db.password());
    }
    p.setProperty("connectTimeout", "5");
    p.setProperty("loginTimeout", "10");
    if (!db.url().startsWith("jdbc:postgresql:")) {
      throw new StartupProblem(
          "DIDTRON_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), not "
              + db.url());
    }
    try (Connection ignored = DriverManager.getConnection(db.url(), p)) {
      // reachable
    } catch (SQLException e) {
      throw new StartupProblem(
          "cannot connect to PostgreSQL at " + db.url() + ": " + EmbeddedDatabase.rootMessage(e),
          e);
    }
  }

  /** Holds the embedded server, if any, so its lifecycle is tied to the context. */
  record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      if (database != null) {
        database.close();
      }
    }
  }
}
