package com.didtron.app.cli;

import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.app.platform.DidtronProperties;
import com.didtron.app.platform.EmbeddedDatabase;
import com.didtron.app.platform.StartupProblem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./didtron switch start|stop|status}: the local Kamailio (DIDTron's Class 4 switch) of the
 * platform that uses a data directory, with its tables in that platform's database
 * (docs/switching.md).
 */
@Command(
    name = "switch",
    mixinStandardHelpOptions = true,
    description = "Run the local Kamailio switch of a platform (start, stop, status).",
    subcommands = {SwitchCommand.Start.class, SwitchCommand.Stop.class, SwitchCommand.Status.class})
class SwitchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every switch subcommand takes. */
  static class DataDirOption {
    @Option(
        names = "--data-dir",
        description = "The platform's data directory (default: ${DEFAULT-VALUE})",
        defaultValue = "./data")
    Path dataDir;
  }

  /** Where the switch listens; shared with {@code didtron start --with-switch}. */
  static class PortOptions {
    @Option(
        names = "--sip-address",
        description = "SIP (UDP) listening address (default: ${DEFAULT-VALUE})",
        defaultValue = "127.0.0.1")
    String sipAddress;

    @Option(
        names = "--sip-port",
        description = "SIP (UDP) port of the switch (default: ${DEFAULT-VALUE})",
        defaultValue = "5060")
    int sipPort;

    @Option(
        names = "--rpc-port",
        description =
            "Port of the switch's JSON-RPC over HTTP, loopback only (default: ${DEFAULT-VALUE})",
        defaultValue = "5080")
    int rpcPort;

    @Option(
        names = "--authorise-port",
        description =
            "Port of the platform's credit control on 127.0.0.1 that the switch asks before every"
                + " call: the platform's didtron.switch.authorise-port (default: ${DEFAULT-VALUE})",
        defaultValue = "5090")
    int authorisePort;

    @Option(
        names = "--authorise-token",
        description =
            "The shared secret credit control demands: the platform's"
                + " didtron.switch.authorise-token (default: the data directory's"
                + " switch-authorise-token file, as the platform uses it)")
    String authoriseToken;

    SwitchEndpoints endpoints() {
      return new SwitchEndpoints(sipAddress.strip(), sipPort, rpcPort);
    }
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Start the local switch against the platform's database; prints sip=HOST:PORT.")
  static class Start implements Callable<Integer> {
    @Mixin DataDirOption data;
    @Mixin PortOptions ports;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try {
        KamailioSwitch.executable();
        SwitchEndpoints started =
            new KamailioSwitch(data.dataDir, ports.authorisePort, ports.authoriseToken)
                .start(ownerLogin(data.dataDir), ports.endpoints());
        spec.commandLine().getOut().println("sip=" + started.sip());
        spec.commandLine().getOut().println("rpc=" + started.rpcUrl());
        return 0;
      } catch (StartupProblem e) {
        spec.commandLine().getErr().println("didtron: " + e.getMessage());
        return 2;
      }
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local switch.")
  static class Stop implements Callable<Integer> {
    @Mixin DataDirOption data;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      boolean stopped = new KamailioSwitch(data.dataDir).stop();
      spec.commandLine().getOut().println(stopped ? "stopped" : "not running");
      return 0;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Show whether the local switch runs (pid, ports); exit code 3 when stopped.")
  static class Status implements Callable<Integer> {
    @Mixin DataDirOption data;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      return new KamailioSwitch(data.dataDir)
          .status()
          .map(
              s -> {
                out.println(
                    "running pid="
                        + s.pid()
                        + (s.endpoints() == null
                            ? ""
                            : " sip=" + s.endpoints().sip() + " rpc=" + s.endpoints().rpcUrl()));
                return 0;
              })
          .orElseGet(
              () -> {
                out.println("stopped");
                return 3;
              });
    }
  }

  /**
   * The login that owns the platform's schema, found as {@code didtron start} finds the database:
   * the external owner (or application) user, else the running embedded PostgreSQL's superuser.
   */
  static DatabaseLogins.Login ownerLogin(Path dataDir) {
    DidtronProperties props = CliDatabase.properties(dataDir);
    DidtronProperties.Db db = props.db();
    if (db.external()) {
      boolean owner = db.ownerUser() != null && !db.ownerUser().isBlank();
      return new DatabaseLogins.Login(
          db.url(), owner ? db.ownerUser() : db.user(), owner ? db.ownerPassword() : db.password());
    }
    Integer port = CliDatabase.runningPort(props.dataDir().resolve("pg"));
    if (port == null) {
      throw new StartupProblem(
          "the platform's database in "
              + props.dataDir().toAbsolutePath()
              + " is not running: start the platform first (./didtron start --with-switch starts both)");
    }
    String bind = props.bindAddress();
    String host =
        bind.equals("0.0.0.0") || bind.equals("::")
            ? "127.0.0.1"
            : bind.contains(":") ? "[" + bind + "]" : bind;
    return new DatabaseLogins.Login(
        "jdbc:postgresql://" + host + ":" + port + "/didtron",
        EmbeddedDatabase.USER,
        CliDatabase.password(props.dataDir()));
  }
}
