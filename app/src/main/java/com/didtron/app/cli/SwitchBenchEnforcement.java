package com.didtron.app.cli;

import com.didtron.activities.payment.TopUps;
import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.kamailio.KamailioSwitchTarget;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;

/**
 * The switch enforcing what DIDTron decides: a top-up, a suspension and a resumption through the
 * platform's services until the switch's reply to the next INVITE changes (probe customers on their
 * own loopback addresses, routed to a carrier that answers 503, so each probe ends at once); and
 * answered calls from their BYE until their rated CDR is in the database (the CDR pull).
 */
final class SwitchBenchEnforcement {
  static final int REPETITIONS = 5;
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

  /** Top-up → admitted, suspension → refused, resumption → admitted; p50 and max in ms. */
  void balanceChange(String downGateway) {
    List<Double> topUp = new ArrayList<>();
    List<Double> suspend = new ArrayList<>();
    List<Double> resume = new ArrayList<>();
    Trunks trunks = platform.getBean(Trunks.class);
    TopUps topUps = platform.getBean(TopUps.class);
    for (int i = 0; i < REPETITIONS; i++) {
      String ip = "127.0.1." + (10 + i);
      AccountId probe = probe(ip, "Bench probe " + i, downGateway);
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
    report.line("balance change:    %s (target < 1 s)", summary("top-up → admitted", topUp));
    report.line("                   %s", summary("suspension → refused (403)", suspend));
    report.line("                   %s", summary("resumption → admitted", resume));
  }

  /** From the end of an answered call (SIPp got the 200 to its BYE) to its rated CDR. */
  void hangUpToRatedCdr(String controlSip, List<RouteRule> rules, Path dir) {
    DSLContext db = platform.getBean(DSLContext.class);
    List<Double> waits = new ArrayList<>();
    for (int i = 0; i < REPETITIONS; i++) {
      String number = unique(rules.get(random.nextInt(rules.size())).prefix());
      SwitchBenchReport.Load call = SippLoad.run(controlSip, 1, 1, List.of(number), dir);
      long t0 = System.nanoTime();
      if (call.answered() != 1) {
        report.line("hang-up to CDR:    call %d to %s not answered", i, number);
        return;
      }
      while (!rated(db, number)) {
        String rejected = rejected(db, number);
        if (rejected != null || System.nanoTime() - t0 > 30_000_000_000L) {
          report.line(
              "hang-up to CDR:    no rated CDR for %s: %s",
              number,
              rejected == null ? "none within 30 s" : "the CDR pull rejected it: " + rejected);
          return;
        }
        pause(20);
      }
      waits.add((System.nanoTime() - t0) / 1e6);
    }
    report.line(
        "hang-up to CDR:    %s (target < 10 s; CDR pull every 5 s)",
        summary("BYE → rated CDR in the database", waits));
  }

  private static boolean rated(DSLContext db, String number) {
    return db.fetchExists(
        db.selectOne()
            .from("cdr c")
            .where(
                "c.source = 'kamailio' AND c.status = 'RATED' AND (c.callee = ? OR c.call_id IN"
                    + " (SELECT a.callid FROM kamailio.acc_cdrs a WHERE a.dst_user = ?))",
                number,
                number));
  }

  private static String rejected(DSLContext db, String number) {
    return db.fetchValue(
                "SELECT r.reason FROM switch_cdr_reject r WHERE r.source = 'kamailio' AND r.call_id IN"
                    + " (SELECT a.callid FROM kamailio.acc_cdrs a WHERE a.dst_user = ?) LIMIT 1",
                number)
            instanceof Object o
        ? o.toString()
        : null;
  }

  private AccountId probe(String ip, String name, String downGateway) {
    AccountId id = accounts.customer(name, BillingMode.PREPAID, "0");
    target.replaceCustomerAddresses(id, List.of(CustomerAddress.host(ip, "probe-" + ip)));
    List<RouteRule> all = new ArrayList<>();
    for (int d = 0; d <= 9; d++) {
      all.add(new RouteRule(String.valueOf(d), 0, List.of(downGateway)));
    }
    target.replaceRoutes(target.accountNumber(id), all);
    return id;
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
    return SipProbe.invite(ip, host, port, unique("44"));
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

  static String summary(String what, List<Double> ms) {
    List<Double> sorted = ms.stream().sorted().toList();
    return String.format(
        java.util.Locale.ROOT,
        "%s: p50 %.0f ms, max %.0f ms over %d",
        what,
        sorted.get((sorted.size() - 1) / 2),
        sorted.getLast(),
        sorted.size());
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
