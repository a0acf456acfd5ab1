package com.didtron.app.cli;

import com.didtron.DidtronApplication;
import com.didtron.app.platform.StartupProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./didtron start}: runs the whole platform. Without configuration it uses an embedded
 * PostgreSQL under the data directory and Temporal's Java server inside the process; with {@code
 * DIDTRON_DB_URL} / {@code DIDTRON_TEMPORAL_ADDRESS} (or application.yml) it uses external ones.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Run the platform (portals, API, Temporal worker).")
class StartCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--data-dir",
      description = "Where embedded data lives (default: ${DEFAULT-VALUE})",
      defaultValue = "./data")
  Path dataDir;

  @Option(
      names = "--temporal-port",
      description = "Port of the embedded Temporal server (default: ${DEFAULT-VALUE})",
      defaultValue = "7233")
  int temporalPort;

  @Option(
      names = "--bind-address",
      description =
          "Where the embedded PostgreSQL and Temporal listen (default: didtron.bind-address, 127.0.0.1); "
              + "the portals listen on server.address (SERVER_ADDRESS, default 127.0.0.1)")
  String bindAddress;

  @Option(names = "--debug", description = "Show full errors (stack traces) when start fails")
  boolean debug;

  @Option(
      names = "--with-switch",
      description = "Also run the local Kamailio switch (see: didtron switch)")
  boolean withSwitch;

  @CommandLine.Mixin SwitchCommand.PortOptions switchPorts;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    DataDirLock lock;
    try {
      lock = DataDirLock.acquire(dataDir);
    } catch (StartupProblem e) {
      err.println("didtron: " + e.getMessage());
      return 3;
    }
    try {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--server.port=" + port,
                  "--didtron.data-dir=" + dataDir,
                  "--didtron.temporal.embedded-port=" + temporalPort));
      if (withSwitch) {
        args.add("--didtron.switch.kamailio.rpc-url=" + switchPorts.endpoints().rpcUrl());
      }
      if (bindAddress != null && !bindAddress.isBlank()) {
        args.add("--didtron.bind-address=" + bindAddress.strip());
      }
      ConfigurableApplicationContext context = application().run(args.toArray(String[]::new));
      if (withSwitch) {
        startSwitch(context);
      }
      spec.commandLine()
          .getOut()
          .println(
              "DIDTron is running at http://localhost:"
                  + port
                  + "/ (data in "
                  + dataDir
                  + "); stop with Ctrl+C");
      context.registerShutdownHook();
      return waitForShutdown(context);
    } catch (RuntimeException e) {
      lock.release();
      err.println("didtron: could not start: " + StartFailure.describe(e));
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("didtron: run with --debug for details");
      }
      return 2;
    }
  }

  private void startSwitch(ConfigurableApplicationContext context) {
    try {
      spec.commandLine()
          .getOut()
          .println("sip=" + WithSwitch.start(context, dataDir, switchPorts.endpoints()).sip());
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  private SpringApplication application() {
    SpringApplication app = new SpringApplication(DidtronApplication.class);
    Map<String, Object> defaults = new HashMap<>();
    if (!debug) {
      // the failure is printed as one line by this command; no stack trace on the console
      defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
      defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
      defaults.put("logging.level.org.springframework.boot.web.server.servlet.context", "ERROR");
    }
    app.setDefaultProperties(defaults);
    return app;
  }

  /** Blocks until the platform is stopped (Ctrl+C or SIGTERM close the context). */
  private static int waitForShutdown(ConfigurableApplicationContext context) {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        (ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
    try {
      if (context.isActive()) {
        closed.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
