package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing the platform starts listens beyond loopback unless configured: the HTTP server, the
 * embedded Temporal server and the embedded PostgreSQL are bound to 127.0.0.1, and PostgreSQL wants
 * the generated password (scram-sha-256) that only the data directory's owner can read. The check
 * reads the kernel's socket tables instead of probing the host's other addresses: tests send
 * traffic to loopback only.
 */
class ListeningAddressesIT extends PlatformIT {
  private static final String LOOPBACK = "127.0.0.1";

  @LocalServerPort int httpPort;
  @Autowired WorkflowServiceStubs temporal;
  @Autowired DataSource dataSource;

  private int temporalPort() {
    String target = temporal.getOptions().getTarget();
    return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
  }

  private String jdbcUrl() {
    return ((HikariDataSource) dataSource).getJdbcUrl();
  }

  private int postgresPort() {
    String rest = jdbcUrl().substring(jdbcUrl().indexOf("//") + 2);
    return Integer.parseInt(rest.substring(rest.indexOf(':') + 1, rest.indexOf('/')));
  }

  @Test
  void theHttpServerTemporalAndPostgresListenOnLoopbackOnly() throws IOException {
    for (int port : List.of(httpPort, temporalPort(), postgresPort())) {
      assertThat(listeningAddresses(port))
          .as("addresses listening on port " + port)
          .containsOnly(LOOPBACK);
    }
  }

  @Test
  void postgresRefusesAConnectionWithoutOrWithAWrongPassword() {
    Properties none = new Properties();
    none.setProperty("user", "postgres");
    assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl(), none).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password");
    Properties wrong = new Properties();
    wrong.setProperty("user", "postgres");
    wrong.setProperty("password", "postgres");
    assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl(), wrong).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  @Test
  void theGeneratedPasswordIsReadableByTheOwnerOnlyAndPgHbaTrustsNobody() throws IOException {
    Path password = DATA_DIR.resolve("pg-password");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(32);
    List<String> rules =
        Files.readAllLines(DATA_DIR.resolve("pg").resolve("pg_hba.conf")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
  }

  /**
   * The local addresses of the TCP sockets listening on {@code port}, from /proc/net/tcp and tcp6.
   */
  static List<String> listeningAddresses(int port) throws IOException {
    List<String> found = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.strip().split("\\s+");
        String[] local = f[1].split(":");
        if ("0A".equals(f[3]) && Integer.parseInt(local[1], 16) == port) {
          found.add(address(local[0]));
        }
      }
    }
    return found;
  }

  /** /proc/net/tcp writes addresses as little-endian 32-bit hex words. */
  private static String address(String hex) throws IOException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int b = 0; b < 4; b++) {
        bytes[word * 4 + b] =
            (byte)
                Integer.parseInt(
                    hex.substring(word * 8 + (3 - b) * 2, word * 8 + (3 - b) * 2 + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes).getHostAddress();
  }
}
