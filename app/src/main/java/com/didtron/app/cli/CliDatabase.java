package com.didtron.app.cli;

import com.didtron.app.platform.DidtronProperties;
import com.didtron.app.platform.EmbeddedDatabase;
import com.didtron.app.platform.PgPassword;
import com.didtron.app.platform.StartupProblem;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's database for offline commands ({@code didtron ledger verify}, {@code didtron admin
 * ...}), found exactly as {@code didtron start} finds it: application.yml and {@code DIDTRON_DB_*}
 * variables name an external PostgreSQL; otherwise the embedded one under the data directory is
 * used — the running platform's server when it is up, else started just for the command (holding
 * the data-directory lock meanwhile).
 */
final class CliDatabase implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final AutoCloseable[] resources;

  private CliDatabase(HikariDataSource dataSource, AutoCloseable... resources) {
    this.dataSource = dataSource;
    this.resources = resources;
  }

  /** Opens the configured database; {@code dataDir} overrides {@code didtron.data-dir}. */
  static CliDatabase open(Path dataDir) {
    DidtronProperties props = properties(dataDir);
    if (props.db().external()) {
      return new CliDatabase(pool(props.db().url(), props.db().user(), props.db().password()));
    }
    Path pg = props.dataDir().resolve("pg");
    if (!Files.exists(pg.resolve("PG_VERSION"))) {
      throw new StartupProblem(
          "no DIDTron database in "
              + props.dataDir().toAbsolutePath()
              + " (start the platform once, or pass --data-dir)");
    }
    Integer running = runningPort(pg);
    if (running != null) {
      return new CliDatabase(
          pool(
              localUrl(props.bindAddress(), running),
              EmbeddedDatabase.USER,
              password(props.dataDir())));
    }
    DataDirLock lock = DataDirLock.acquire(props.dataDir());
    try {
      EmbeddedDatabase db = EmbeddedDatabase.start(props.dataDir(), props.bindAddress(), 0);
      return new CliDatabase(
          pool(db.jdbcUrl(), EmbeddedDatabase.USER, db.password()), db, lock::release);
    } catch (RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  DSLContext dsl() {
    return DSL.using(dataSource, SQLDialect.POSTGRES);
  }

  @Override
  public void close() {
    dataSource.close();
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception ignored) {
        // best effort: the process ends right after
      }
    }
  }

  /** Binds {@code didtron.*} the way the platform does (application.yml, environment). */
  static DidtronProperties properties(Path dataDir) {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(PropertiesOnly.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .bannerMode(Banner.Mode.OFF);
    List<String> args = new ArrayList<>(List.of("--logging.level.com.didtron=WARN"));
    if (dataDir != null) {
      args.add("--didtron.data-dir=" + dataDir);
    }
    try (ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new))) {
      return ctx.getBean(DidtronProperties.class);
    }
  }

  /** The port of a live embedded PostgreSQL on this data directory, from its postmaster.pid. */
  static Integer runningPort(Path pg) {
    Path pidFile = pg.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return null;
      }
      List<String> lines = Files.readAllLines(pidFile);
      long pid = Long.parseLong(lines.get(0).strip());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive && lines.size() > 3 ? Integer.valueOf(lines.get(3).strip()) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String localUrl(String bindAddress, int port) {
    String host =
        bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
    return "jdbc:postgresql://"
        + (host.contains(":") ? "[" + host + "]" : host)
        + ":"
        + port
        + "/didtron";
  }

  static String password(Path dataDir) {
    try {
      return PgPassword.readOrCreate(dataDir);
    } catch (IOException e) {
      throw new StartupProblem(
          "cannot read the embedded PostgreSQL's password in " + dataDir + ": " + e.getMessage(),
          e);
    }
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("didtron-cli");
    config.setMaximumPoolSize(2);
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setInitializationFailTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StartupProblem("cannot connect to PostgreSQL at " + url + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
  }

  /** Nothing but the {@code didtron.*} properties. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(DidtronProperties.class)
  static class PropertiesOnly {}
}
