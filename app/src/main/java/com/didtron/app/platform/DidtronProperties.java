package com.didtron.app.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps its data and which PostgreSQL and Temporal it uses. Every value can be
 * set in {@code application.yml} or as an environment variable ({@code DIDTRON_DB_URL}, {@code
 * DIDTRON_TEMPORAL_ADDRESS}, …). Empty database URL: an embedded PostgreSQL under the data
 * directory. Empty Temporal address: Temporal's Java server inside the process. The embedded
 * PostgreSQL and Temporal listen on {@code bindAddress} only (default 127.0.0.1).
 */
@ConfigurationProperties("didtron")
public record DidtronProperties(
    Path dataDir, String bindAddress, Db db, Temporal temporal, Admin admin, Retention retention) {
  public DidtronProperties {
    bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress.strip();
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    db = db == null ? new Db(null, null, null, 0, null, null) : db;
    temporal = temporal == null ? new Temporal(null, null, 7233) : temporal;
    admin = admin == null ? new Admin(null, null) : admin;
    retention = retention == null ? new Retention(null) : retention;
  }

  /**
   * External PostgreSQL when {@code url} is set; else embedded on {@code embeddedPort} (0 = any
   * free). {@code user} is the application's role; {@code ownerUser} (optional) the role that owns
   * the schema and runs the migrations (see {@code DatabaseLogins}).
   */
  public record Db(
      String url,
      String user,
      String password,
      int embeddedPort,
      String ownerUser,
      String ownerPassword) {
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /** A Temporal cluster when {@code address} is set; else embedded on {@code embeddedPort}. */
  public record Temporal(String address, String namespace, int embeddedPort) {
    public Temporal {
      namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
    }

    public boolean external() {
      return address != null && !address.isBlank();
    }
  }

  /** The first super admin, created on the very first start. */
  public record Admin(String email, String password) {
    public Admin {
      email = email == null || email.isBlank() ? "admin@didtron.local" : email;
    }
  }

  /** When the retention purge runs: a 5-field UNIX cron expression, UTC. */
  public record Retention(String cron) {
    public Retention {
      cron = cron == null || cron.isBlank() ? "17 3 * * *" : cron;
    }
  }
}
