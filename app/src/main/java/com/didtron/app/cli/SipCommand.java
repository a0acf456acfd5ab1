package com.didtron.app.cli;

import com.didtron.sip.ua.CallRequest;
import com.didtron.sip.ua.CallResult;
import com.didtron.sip.ua.Credentials;
import com.didtron.sip.ua.SipUri;
import com.didtron.sip.ua.SipUserAgent;
import com.didtron.sip.ua.TimeSource;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./didtron sip …}: the SIP tester from the command line (no server, no database). Prints
 * one {@code key=value} per line; exits 0 whenever the test ran, whatever the far end answered, and
 * 2 for bad usage (an unparseable URI also prints {@code result=FAILED} with the error).
 */
@Command(
    name = "sip",
    mixinStandardHelpOptions = true,
    description = "SIP tester: OPTIONS ping and test calls with PDD, setup time and media quality.",
    subcommands = {SipCommand.Options.class, SipCommand.Call.class})
class SipCommand implements Runnable {
  static final int BAD_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code ./didtron sip options sip:HOST:PORT}. */
  @Command(
      name = "options",
      mixinStandardHelpOptions = true,
      description = "Send OPTIONS and print result (OK, FAILED, TIMEOUT), sip_code and rtt_ms.")
  static class Options implements Callable<Integer> {
    @Parameters(paramLabel = "sip:HOST:PORT", description = "Where to send the OPTIONS")
    String target;

    @Option(
        names = "--timeout",
        defaultValue = "5",
        paramLabel = "SECONDS",
        description = "Give up after this long without a response (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      SipUri uri = parse(spec, target);
      if (uri == null) {
        return BAD_USAGE;
      }
      try (SipUserAgent ua =
          SipUserAgent.start(SipUserAgent.Config.towards(uri.host()), TimeSource.SYSTEM)) {
        print(spec.commandLine().getOut(), ua.options(uri, seconds(timeoutSeconds)).keyValues());
      }
      return 0;
    }
  }

  /** {@code ./didtron sip call --to sip:NUMBER@HOST:PORT …}. */
  @Command(
      name = "call",
      mixinStandardHelpOptions = true,
      description =
          "Place a test call and print result, sip_code, pdd_ms, setup_ms, duration_s and media figures.")
  static class Call implements Callable<Integer> {
    @Option(
        names = "--to",
        required = true,
        paramLabel = "sip:NUMBER@HOST:PORT",
        description = "Whom to call")
    String to;

    @Option(
        names = "--from",
        paramLabel = "sip:USER@HOST",
        description = "Caller identity (default: sip:didtron@<local address>)")
    String from;

    @Option(
        names = "--hold",
        defaultValue = "5",
        paramLabel = "SECONDS",
        description = "Keep an answered call up this long (default: ${DEFAULT-VALUE})")
    double holdSeconds;

    @Option(names = "--user", description = "Digest user name if the far end challenges")
    String user;

    @Option(names = "--password", description = "Digest password (with --user)")
    String password;

    @Option(
        names = "--ring-timeout",
        defaultValue = "60",
        paramLabel = "SECONDS",
        description =
            "Cancel the call after this long without an answer (default: ${DEFAULT-VALUE})")
    double ringSeconds;

    @Option(
        names = "--timeout",
        defaultValue = "8",
        paramLabel = "SECONDS",
        description = "Give up after this long without any response (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--no-media", description = "Offer no audio and send no test tone")
    boolean noMedia;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if ((user == null) != (password == null)) {
        spec.commandLine().getErr().println("didtron sip call: --user and --password go together");
        return BAD_USAGE;
      }
      if (holdSeconds < 0 || ringSeconds <= 0 || timeoutSeconds <= 0) {
        spec.commandLine()
            .getErr()
            .println("didtron sip call: --hold must be >= 0, the timeouts > 0");
        return BAD_USAGE;
      }
      SipUri callee = parse(spec, to);
      SipUri caller = from == null ? null : parse(spec, from);
      if (callee == null || from != null && caller == null) {
        return BAD_USAGE;
      }
      CallRequest request =
          new CallRequest(
              callee,
              caller,
              seconds(holdSeconds),
              user == null ? null : new Credentials(user, password),
              seconds(ringSeconds),
              seconds(timeoutSeconds),
              !noMedia);
      try (SipUserAgent ua =
          SipUserAgent.start(SipUserAgent.Config.towards(callee.host()), TimeSource.SYSTEM)) {
        CallResult result = ua.call(request);
        print(spec.commandLine().getOut(), result.keyValues());
      }
      return 0;
    }
  }

  /** The URI, or null after printing result=FAILED and the error. */
  static SipUri parse(CommandLine.Model.CommandSpec spec, String text) {
    try {
      return SipUri.parse(text);
    } catch (SipUri.InvalidSipUriException e) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("result=FAILED");
      out.println("sip_code=0");
      out.println("error=" + e.getMessage());
      spec.commandLine().getErr().println("didtron sip: " + e.getMessage());
      return null;
    }
  }

  static void print(PrintWriter out, Map<String, String> keyValues) {
    keyValues.forEach((k, v) -> out.println(k + "=" + v));
    out.flush();
  }

  static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
