package com.didtron.app.kamailio;

import com.didtron.activities.creditcontrol.AuthoriseToken;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.app.platform.StartupProblem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the local Kamailio (DIDTron's Class 4 switch) as a daemon with its runtime directory under
 * the platform's data directory: {@code didtron switch start|stop|status}, {@code didtron start
 * --with-switch} and the end-to-end tests all go through here.
 */
public final class KamailioSwitch {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Kamailio's shared memory ({@code -m}): drouting keeps the routing plan there, twice during a
   * reload. A 300,000-rule plan of random 4–9 digit prefixes takes 435 MB, 868 MB at the peak of a
   * reload ({@code didtron bench switch}, docs/benchmarks.md); at 64 MB a reload kept only the
   * first 50,000 rules. Reserved address space: pages are used as the tables fill.
   */
  static final int SHARED_MEMORY_MB = 1024;

  /**
   * Private memory per Kamailio process ({@code -M}): a reload reads every row of dr_rules into the
   * reloading process first (8 MB ran out at some 100,000 rules).
   */
  static final int PRIVATE_MEMORY_MB = 64;

  /** The default of {@code didtron.switch.authorise-port}: where credit control listens. */
  public static final int DEFAULT_AUTHORISE_PORT = 5090;

  private final SwitchRuntime runtime;
  private final Path dataDir;
  private final int authorisePort;
  private final String authoriseToken;

  public KamailioSwitch(Path dataDir) {
    this(dataDir, DEFAULT_AUTHORISE_PORT);
  }

  /**
   * A switch that asks the platform's credit control on 127.0.0.1:{@code authorisePort} before
   * every new call (AUTHORISE_URL in didtron-local.cfg), with the data directory's shared secret
   * ({@link AuthoriseToken}, read at start).
   */
  public KamailioSwitch(Path dataDir, int authorisePort) {
    this(dataDir, authorisePort, null);
  }

  /**
   * Like {@link #KamailioSwitch(Path, int)} with the platform's secret ({@code
   * didtron.switch.authorise-token}, or its data directory's); null: this data directory's.
   */
  public KamailioSwitch(Path dataDir, int authorisePort, String authoriseToken) {
    this.runtime = SwitchRuntime.of(dataDir);
    this.dataDir = dataDir;
    this.authorisePort = authorisePort;
    this.authoriseToken = authoriseToken;
  }

  public SwitchRuntime runtime() {
    return runtime;
  }

  /** The running switch's pid and endpoints, if it runs. */
  public Optional<Status> status() {
    return runtime.runningPid().map(pid -> new Status(pid, runtime.readState().orElse(null)));
  }

  /** A running switch: its pid and (when known) its endpoints. */
  public record Status(long pid, SwitchEndpoints endpoints) {}

  /**
   * Starts Kamailio against the database that {@code owner} reaches (the role {@code kamailio} is
   * prepared as {@code owner}) and returns once its JSON-RPC answers.
   */
  public SwitchEndpoints start(DatabaseLogins.Login owner, SwitchEndpoints endpoints) {
    return start(owner, endpoints, List.of());
  }

  /**
   * Like {@link #start(DatabaseLogins.Login, SwitchEndpoints)}, with configuration defines ({@code
   * kamailio -A NAME} or {@code -A 'NAME="value"'}), e.g. {@code WITHOUT_CONTROL} for the baseline
   * of {@code didtron bench switch}.
   */
  public SwitchEndpoints start(
      DatabaseLogins.Login owner, SwitchEndpoints endpoints, List<String> defines) {
    Optional<Long> running = runtime.runningPid();
    if (running.isPresent()) {
      throw new StartupProblem(
          "the switch of this data directory already runs (pid "
              + running.get()
              + "); stop it first: didtron switch stop");
    }
    String kamailio = executable();
    Ports.requireFreeUdp(endpoints.sipAddress(), endpoints.sipPort(), "SIP");
    Ports.requireFreeTcp("127.0.0.1", endpoints.rpcPort(), "JSON-RPC");
    String password = KamailioRole.ensure(owner);
    try {
      String token = AuthoriseToken.resolve(authoriseToken, dataDir);
      runtime.writeConfig(localConfig(owner, password, endpoints, authorisePort, token));
      Files.deleteIfExists(runtime.pidFile());
      List<String> command =
          new ArrayList<>(
              List.of(
                  kamailio,
                  "-f",
                  runtime.config().toString(),
                  "-P",
                  runtime.pidFile().toString(),
                  "-Y",
                  runtime.dir().toString(),
                  "-m",
                  String.valueOf(SHARED_MEMORY_MB),
                  "-M",
                  String.valueOf(PRIVATE_MEMORY_MB),
                  "-E"));
      defines.forEach(d -> command.addAll(List.of("-A", d)));
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(runtime.dir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(runtime.log().toFile()));
      pb.environment().put("TZ", "UTC");
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        throw new StartupProblem(
            "kamailio did not start: " + lastError() + " (log: " + runtime.log() + ")");
      }
      awaitRpc(endpoints);
      runtime.writeState(endpoints);
      return endpoints;
    } catch (IOException e) {
      throw new StartupProblem("cannot start " + kamailio + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupProblem("interrupted while starting the switch", e);
    }
  }

  /** Stops the running switch (SIGTERM, then SIGKILL after 10 s); false when none ran. */
  public boolean stop() {
    Optional<ProcessHandle> handle = runtime.runningPid().flatMap(ProcessHandle::of);
    if (handle.isEmpty()) {
      return false;
    }
    ProcessHandle h = handle.get();
    h.destroy();
    try {
      h.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.descendants().forEach(ProcessHandle::destroyForcibly);
      h.destroyForcibly();
    }
    return true;
  }

  /**
   * {@code $DIDTRON_KAMAILIO}, else {@code kamailio} on the PATH, else {@code /usr/sbin/kamailio};
   * a one-line {@link StartupProblem} when none is installed.
   */
  public static String executable() {
    String configured = System.getenv("DIDTRON_KAMAILIO");
    if (configured != null && !configured.isBlank()) {
      if (!Files.isExecutable(Path.of(configured))) {
        throw new StartupProblem("DIDTRON_KAMAILIO=" + configured + " is not an executable file");
      }
      return configured;
    }
    String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
    for (String dir : (path + ":/usr/sbin:/usr/local/sbin").split(":")) {
      if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "kamailio"))) {
        return Path.of(dir, "kamailio").toString();
      }
    }
    throw new StartupProblem(
        "kamailio is not installed (apt-get install kamailio kamailio-postgres-modules"
            + " kamailio-utils-modules kamailio-extra-modules, or set DIDTRON_KAMAILIO)");
  }

  private static String localConfig(
      DatabaseLogins.Login owner,
      String password,
      SwitchEndpoints endpoints,
      int authorisePort,
      String token) {
    if (!token.matches("[A-Za-z0-9._~-]+")) {
      throw new StartupProblem(
          "the switch's authorise token may hold only letters, digits and . _ ~ -");
    }
    JdbcTarget db = JdbcTarget.parse(owner.url());
    return "# written by didtron switch start: do not edit (it is rewritten on every start)\n"
        + "#!define DBURL \"postgres://"
        + KamailioRole.ROLE
        + ":"
        + password
        + "@"
        + db.host()
        + ":"
        + db.port()
        + "/"
        + db.database()
        + "\"\n"
        + "#!define SIP_ADDR "
        + endpoints.sipAddress()
        + "\n"
        + "#!define SIP_PORT "
        + endpoints.sipPort()
        + "\n"
        + "#!define RPC_ADDR 127.0.0.1\n"
        + "#!define RPC_PORT "
        + endpoints.rpcPort()
        + "\n"
        + "#!define AUTHORISE_URL \"http://127.0.0.1:"
        + authorisePort
        + "\"\n"
        + "#!define AUTHORISE_TOKEN \""
        + token
        + "\"\n";
  }

  private void awaitRpc(SwitchEndpoints endpoints) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create(endpoints.rpcUrl()))
            .timeout(Duration.ofSeconds(2))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"core.version\",\"id\":1}"))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (runtime.runningPid().isEmpty() && Files.exists(runtime.pidFile())) {
        break;
      }
      Thread.sleep(100);
    }
    stop();
    throw new StartupProblem(
        "kamailio started but its JSON-RPC on "
            + endpoints.rpcUrl()
            + " does not answer: "
            + lastError()
            + " (log: "
            + runtime.log()
            + ")");
  }

  /** The last ERROR/CRITICAL line of the log, for a one-line message. */
  private String lastError() {
    try {
      List<String> lines = Files.readAllLines(runtime.log());
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i);
        if (line.contains("ERROR") || line.contains("CRITICAL")) {
          return line.replaceFirst("^\\s*\\d*\\(\\d+\\)\\s*", "").strip();
        }
      }
      return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    } catch (IOException e) {
      return "no log";
    }
  }
}
