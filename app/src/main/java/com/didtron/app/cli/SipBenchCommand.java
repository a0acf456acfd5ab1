package com.didtron.app.cli;

import com.didtron.sip.bench.SipBench;
import com.didtron.sip.ua.SipUri;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./didtron bench sip}: calls per second and concurrent calls the SIP tester sustains. */
@Command(
    name = "sip",
    mixinStandardHelpOptions = true,
    description =
        "SIP tester load: rising calls per second, then N calls up at once with media. "
            + "Starts a local sipp unless --target is given.")
class SipBenchCommand implements Callable<Integer> {
  @Option(
      names = "--rates",
      split = ",",
      defaultValue = "400,800,1200,1600",
      description = "Calls per second to offer, one step each (default: ${DEFAULT-VALUE})")
  List<Double> rates;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Length of each rate step (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--concurrent",
      split = ",",
      defaultValue = "500,1000,1500",
      description = "Calls to hold up at once, one step each (default: ${DEFAULT-VALUE})")
  List<Integer> concurrent;

  @Option(
      names = "--hold",
      defaultValue = "20",
      description = "Hold time of the concurrent calls in seconds (default: ${DEFAULT-VALUE})")
  int hold;

  @Option(names = "--no-media", description = "Concurrent calls without RTP")
  boolean noMedia;

  @Option(
      names = "--peers",
      defaultValue = "4",
      description = "Local sipp processes to spread the calls over (default: ${DEFAULT-VALUE})")
  int peers;

  @Option(
      names = "--target",
      paramLabel = "sip:NUMBER@HOST:PORT",
      description = "Call this far end instead of a local sipp")
  String target;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SipUri uri = target == null ? null : SipCommand.parse(spec, target);
    if (target != null && uri == null) {
      return SipCommand.BAD_USAGE;
    }
    spec.commandLine()
        .getOut()
        .print(
            SipBench.run(
                new SipBench.Settings(
                    rates,
                    Duration.ofSeconds(seconds),
                    concurrent,
                    Duration.ofSeconds(hold),
                    !noMedia,
                    uri,
                    peers)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
