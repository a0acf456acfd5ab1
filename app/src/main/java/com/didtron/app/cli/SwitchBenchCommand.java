package com.didtron.app.cli;

import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.platform.StartupProblem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./didtron bench switch}: call attempts per second and post-dial delay through the local
 * Kamailio with DIDTron's control against the same Kamailio without it, and a routing plan
 * compiled, pushed and live (docs/benchmarks.md).
 */
@Command(
    name = "switch",
    mixinStandardHelpOptions = true,
    description =
        "The local switch with DIDTron's control vs the same Kamailio without it (-A"
            + " WITHOUT_CONTROL), side by side: calls per second and post-dial delay at rising"
            + " rates (sipp), a routing plan compiled, pushed and live, a balance change enforced"
            + " by the switch and hang-up to rated CDR in the ledger. Needs kamailio and sipp;"
            + " starts a throw-away platform.")
class SwitchBenchCommand implements Callable<Integer> {
  @Option(
      names = "--rates",
      split = ",",
      defaultValue = "100,200,300,400,500",
      description = "Calls per second to offer, one step each (default: ${DEFAULT-VALUE})")
  List<Integer> rates;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Length of each rate step, per switch (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--prefixes",
      defaultValue = "300000",
      description = "Size of the routing plan's sell deck (default: ${DEFAULT-VALUE})")
  int prefixes;

  @Option(
      names = "--cdr-calls",
      defaultValue = "200",
      description =
          "Answered calls timed from hang-up to their rated CDR charged in the ledger, placed at"
              + " 20 calls/s (default: ${DEFAULT-VALUE})")
  int cdrCalls;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What one run measures, checked. */
  record Settings(List<Integer> rates, int seconds, int prefixes, int cdrCalls) {
    Settings(List<Integer> rates, int seconds, int prefixes) {
      this(rates, seconds, prefixes, 200);
    }

    Settings {
      if (rates == null || rates.isEmpty()) {
        throw new IllegalArgumentException("--rates needs at least one rate");
      }
      for (int i = 0; i < rates.size(); i++) {
        if (rates.get(i) < 1 || rates.get(i) > 10_000) {
          throw new IllegalArgumentException(
              "--rates: each rate is 1 to 10000 calls per second, not " + rates.get(i));
        }
        if (i > 0 && rates.get(i) <= rates.get(i - 1)) {
          throw new IllegalArgumentException("--rates must increase: " + rates);
        }
      }
      if (seconds < 1 || seconds > 600) {
        throw new IllegalArgumentException("--seconds is 1 to 600, not " + seconds);
      }
      if (prefixes < 1 || prefixes > 2_000_000) {
        throw new IllegalArgumentException("--prefixes is 1 to 2000000, not " + prefixes);
      }
      if (cdrCalls < 1 || cdrCalls > 10_000) {
        throw new IllegalArgumentException("--cdr-calls is 1 to 10000, not " + cdrCalls);
      }
      rates = List.copyOf(rates);
    }
  }

  Settings settings() {
    return new Settings(rates, seconds, prefixes, cdrCalls);
  }

  @Override
  public Integer call() {
    Settings settings;
    try {
      settings = settings();
      KamailioSwitch.executable();
    } catch (IllegalArgumentException | StartupProblem e) {
      spec.commandLine().getErr().println("didtron: " + e.getMessage());
      return 2;
    }
    spec.commandLine().getOut().print(SwitchBench.run(settings));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
