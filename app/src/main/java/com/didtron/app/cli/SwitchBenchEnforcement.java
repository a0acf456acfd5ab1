package com.didtron.app.cli;

import com.didtron.activities.payment.TopUps;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.kamailio.KamailioSwitchTarget;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * The switch enforcing what DIDTron decides: a top-up, a suspension and a resumption through the
 * platform's services until the switch's reply to the next INVITE changes. Each probe is a prepaid
 * customer without funds on its own loopback address (its ingress trunk, carried to the switch by
 * the sync), dialling 00… numbers routed to the bench's carrier that answers 503, so each probe
 * ends at once.
 */
final class SwitchBenchEnforcement {
  static final int REPETITIONS = 20;
  private static final long GIVE_UP_NANOS = 20_000_000_000L;
  private final ApplicationContext platform;
  private final SwitchBenchAccounts accounts;
  private final KamailioSwitchTarget target;
  private final SwitchBenchReport report;
  private final String host;
  private final int port;
  private final Random random = new Random(11);

  SwitchBenchEnforcement(
      ApplicationContext platform,
      SwitchBenchAccounts accounts,
      KamailioSwitchTarget target,
      SwitchBenchReport report,
      String host,
      int port) {
    this.platform = platform;
    this.accounts = accounts;
    this.target = target;
    this.report = report;
    this.host = host;
    this.port = port;
  }

  /** Top-up → admitted, suspension → refused, resumption → admitted; p50, p95 and max. */
  void balanceChange(String downGateway) {
    List<Double> topUp = new ArrayList<>();
    List<Double> suspend = new ArrayList<>();
    List<Double> resume = new ArrayList<>();
    Trunks trunks = platform.getBean(Trunks.class);
    TopUps topUps = platform.getBean(TopUps.class);
    List<AccountId> probes = new ArrayList<>();
    for (int i = 0; i < REPETITIONS; i++) {
      probes.add(accounts.customer("Bench probe " + i, BillingMode.PREPAID, "0", probeAddress(i)));
    }
    accounts.awaitSwitchSync();
    probes.forEach(p -> route(p, downGateway));
    for (int i = 0; i < REPETITIONS; i++) {
      AccountId probe = probes.get(i);
      String ip = probeAddress(i);
      String first = invite(ip);
      if (!first.startsWith("SIP/2.0 402")) {
        report.line(
            "balance change:    probe %d without funds was not refused with 402: %s", i, first);
        return;
      }
      topUp.add(
          until(
              () -> topUps.manual(accounts.admin(), probe, new TopUpInput("5.00", "USD", "bench")),
              ip,
              SwitchBenchEnforcement::admitted));
      suspend.add(
          until(
              () -> trunks.suspend(accounts.admin(), probe, "bench"),
              ip,
              r -> r.startsWith("SIP/2.0 403")));
      resume.add(
          until(
              () -> trunks.resume(accounts.admin(), probe, "bench"),
              ip,
              SwitchBenchEnforcement::admitted));
    }
    report.line(
        "balance change:    %s (target < 1 s)", Latencies.of(topUp).summary("top-up → admitted"));
    report.line(
        "                   %s", Latencies.of(suspend).summary("suspension → refused (403)"));
    report.line("                   %s", Latencies.of(resume).summary("resumption → admitted"));
  }

  private static String probeAddress(int i) {
    return "127.0.1." + (10 + i);
  }

  /** Every number of the probe to the 503 carrier (the plan push, as the sync writes it). */
  private void route(AccountId probe, String downGateway) {
    List<RouteRule> all = new ArrayList<>();
    for (String d : SwitchBenchAccounts.ALL_DIGITS) {
      all.add(new RouteRule(d, 0, List.of(downGateway)));
    }
    target.replaceRoutes(target.accountNumber(probe), all);
  }

  /** Runs the operator's action, then INVITEs until the reply matches; ms from the action. */
  private double until(Supplier<?> action, String ip, Predicate<String> reply) {
    long t0 = System.nanoTime();
    action.get();
    String last;
    do {
      last = invite(ip);
      if (reply.test(last)) {
        return (System.nanoTime() - t0) / 1e6;
      }
    } while (System.nanoTime() - t0 < GIVE_UP_NANOS);
    throw new IllegalStateException("the switch still answers " + last + " after 20 s");
  }

  private String invite(String ip) {
    return SipProbe.invite(ip, host, port, unique("00"));
  }

  /** Admitted by credit control: the call reached the 503 carrier (relayed as a 5xx, not 503). */
  private static boolean admitted(String reply) {
    return reply.startsWith("SIP/2.0 5") && !reply.startsWith("SIP/2.0 503");
  }

  private String unique(String prefix) {
    StringBuilder n = new StringBuilder(prefix);
    while (n.length() < 14) {
      n.append(random.nextInt(10));
    }
    return n.toString();
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
