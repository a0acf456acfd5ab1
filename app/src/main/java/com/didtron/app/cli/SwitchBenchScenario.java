package com.didtron.app.cli;

import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.creditcontrol.CreditControl;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.kamailio.KamailioRpc;
import com.didtron.activities.switchsync.kamailio.KamailioSwitchTarget;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What {@code didtron bench switch} measures, side by side on one machine: the same Kamailio binary
 * and configuration run twice against the platform's database, once with DIDTron's control (ACL,
 * htable, the compiled routing plan in drouting, credit control over HTTP) and once as the baseline
 * ({@code -A WITHOUT_CONTROL}: every INVITE to one static gateway), both in front of the same SIPp
 * carrier; each rate step runs against both, alternating which goes first.
 */
final class SwitchBenchScenario implements AutoCloseable {
  private static final int WARM_UP_SECONDS = 2;
  private static final int NUMBERS = 1000;
  private final ApplicationContext platform;
  private final SwitchBenchCommand.Settings settings;
  private final Path dir;
  private final SwitchBenchReport report = new SwitchBenchReport();
  private final List<KamailioSwitch> switches = new ArrayList<>();
  private static final int CDR_RATE = 20;
  private final SwitchEndpoints controlEndpoints;
  private final Map<String, String> gateways = new HashMap<>();
  private String downGateway;
  private SippPeer carrier;
  private SippPeer unavailable;
  private SwitchBenchAccounts accounts;
  private int controlPort;
  private KamailioSwitchTarget target;
  private KamailioRpc controlRpc;
  private AccountId customer;
  private String controlSip;
  private String baselineSip;

  SwitchBenchScenario(
      ApplicationContext platform,
      SwitchBenchCommand.Settings settings,
      Path dir,
      SwitchEndpoints controlEndpoints) {
    this.platform = platform;
    this.settings = settings;
    this.dir = dir;
    this.controlEndpoints = controlEndpoints;
  }

  String report() throws IOException {
    report.load("before", loadAverage());
    SwitchBenchPlan decks = SwitchBenchPlan.decks(settings.prefixes(), dir);
    startSwitchesAndCarrier();
    report.line(
        "DIDTron switch bench: %,d-prefix plan, rates %s calls/s, %d s each, %s, %s,"
            + " %d processors, Java %s",
        settings.prefixes(),
        settings.rates(),
        settings.seconds(),
        version(),
        String.valueOf(platform.getBean(DSLContext.class).fetchValue("SELECT version()"))
            .replaceAll(" on .*", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    // before the plan: each probe's routes are a drouting.reload, seconds each with 300,000 rules
    new SwitchBenchEnforcement(platform, accounts, target, report, "127.0.0.1", controlPort)
        .balanceChange(downGateway);
    List<RouteRule> rules = plan(decks);
    new SwitchBenchCdrs(platform, report)
        .measure(controlSip, customer, rules, settings.cdrCalls(), CDR_RATE, dir);
    loadSteps(SwitchBenchPlan.numbers(rules, NUMBERS));
    creditControlAfterLoad();
    report.load("after", loadAverage());
    return report.toString();
  }

  /** What credit control holds for the load's customer: proof its calls went through it. */
  private void creditControlAfterLoad() {
    platform
        .getBean(CreditControl.class)
        .reserved(customer)
        .ifPresentOrElse(
            r ->
                report.line(
                    "credit control:    after the load the customer holds %s USD in reservations"
                        + " (%d calls in progress; ended calls are held until their CDR is"
                        + " charged)",
                    r.amount().toPlainString(), r.callsInProgress()),
            () -> report.line("credit control:    the load's customer was never authorised"));
  }

  /**
   * Two switches in front of one SIPp carrier, and the bench's accounts set up through the
   * platform's services, carried to the control switch by the platform's own sync: carriers A–D
   * (buy decks over 1–9, egress trunks to the SIPp carrier), a carrier whose trunk answers 503 (buy
   * deck 0, for the enforcement probes) and the load's customer (ingress trunk from 127.0.0.1).
   */
  private void startSwitchesAndCarrier() {
    carrier = SippPeer.scenario("bench-carrier.xml").start();
    unavailable = SippPeer.scenario("uas-unavailable.xml").start();
    accounts = new SwitchBenchAccounts(platform);
    DatabaseLogins.Login owner = platform.getBean(DatabaseLogins.class).owner();
    String gw = "127.0.0.1:" + carrier.port();
    SwitchEndpoints control = start("control", owner, controlEndpoints, List.of());
    controlPort = control.sipPort();
    SwitchEndpoints baseline =
        start(
            "baseline",
            owner,
            new SwitchEndpoints("127.0.0.1", SippLoad.freeUdpPort(), freeTcpPort()),
            List.of("WITHOUT_CONTROL", "STATIC_GW=\"sip:" + gw + "\""));
    controlSip = control.sip();
    baselineSip = baseline.sip();
    controlRpc = new KamailioRpc(control.rpcUrl());
    target = new KamailioSwitchTarget(platform.getBean(DSLContext.class), controlRpc);
    List<String> oneToNine = SwitchBenchAccounts.ALL_DIGITS.subList(1, 10);
    for (String c : SwitchBenchPlan.CARRIERS) {
      gateways.put(c, accounts.carrier("Bench carrier " + c, oneToNine, gw));
    }
    downGateway =
        accounts.carrier("Bench carrier 503", List.of("0"), "127.0.0.1:" + unavailable.port());
    accounts.awaitSwitchSync();
    customer =
        accounts.customer("Bench switch customer", BillingMode.POSTPAID, "1000000", "127.0.0.1");
    accounts.awaitSwitchSync();
  }

  private SwitchEndpoints start(
      String name, DatabaseLogins.Login owner, SwitchEndpoints ports, List<String> defines) {
    // the control switch asks the platform's credit control (route[AUTHORISE]); the baseline never
    AuthoriseServer authorise = platform.getBean(AuthoriseServer.class);
    KamailioSwitch kamailio =
        new KamailioSwitch(dir.resolve(name), authorise.port(), authorise.token());
    switches.add(kamailio);
    return kamailio.start(owner, ports, defines);
  }

  /** Compiled, pushed and live: each step timed. */
  private List<RouteRule> plan(SwitchBenchPlan decks) {
    long t0 = System.nanoTime();
    List<RouteRule> rules = decks.compile(gateways::get);
    long t1 = System.nanoTime();
    long[] written = new long[1];
    // in a transaction, as the platform pushes: the reload runs once the rules are committed
    new TransactionTemplate(platform.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(
            tx -> {
              target.replaceRoutes(target.accountNumber(customer), rules);
              written[0] = System.nanoTime();
            });
    long t2 = System.nanoTime();
    JsonNode shm = controlRpc.call("core.shmmem");
    report.line(
        "switch memory:     %,d MB of shared memory used (max %,d MB) with the plan loaded",
        shm.path("real_used").asLong() >> 20, shm.path("max_used").asLong() >> 20);
    SwitchBenchReport.Load call =
        SippLoad.run(controlSip, 1, 1, List.of(SwitchBenchPlan.number(rules.getLast())), dir);
    if (call.answered() != 1) {
      report.line("the switch's first errors: %s", firstErrors());
    }
    report.plan(
        new SwitchBenchReport.Plan(
            rules.size(),
            (t1 - t0) / 1e9,
            (written[0] - t1) / 1e9,
            (t2 - written[0]) / 1e9,
            call.answered() == 1 ? call.pdd(100) : Double.NaN,
            call.answered() == 1));
    return rules;
  }

  private void loadSteps(List<String> numbers) {
    int first = settings.rates().getFirst();
    SippLoad.run(controlSip, first, WARM_UP_SECONDS, numbers, dir);
    SippLoad.run(baselineSip, first, WARM_UP_SECONDS, numbers, dir);
    List<SwitchBenchReport.Step> steps = new ArrayList<>();
    for (int i = 0; i < settings.rates().size(); i++) {
      int rate = settings.rates().get(i);
      SwitchBenchReport.Load control;
      SwitchBenchReport.Load baseline;
      if (i % 2 == 0) {
        control = SippLoad.run(controlSip, rate, settings.seconds(), numbers, dir);
        baseline = SippLoad.run(baselineSip, rate, settings.seconds(), numbers, dir);
      } else {
        baseline = SippLoad.run(baselineSip, rate, settings.seconds(), numbers, dir);
        control = SippLoad.run(controlSip, rate, settings.seconds(), numbers, dir);
      }
      SwitchBenchReport.Step step = new SwitchBenchReport.Step(control, baseline);
      steps.add(step);
      report.step(step);
    }
    report.summary(steps);
  }

  private String version() {
    JsonNode v = controlRpc.call("core.version");
    return v.isString() ? v.asString() : v.toString();
  }

  private String firstErrors() {
    Path log = switches.getFirst().runtime().log();
    try (var lines = Files.lines(log)) {
      return String.join(
          " | ",
          lines
              .filter(l -> l.contains("ERROR") || l.contains("CRITICAL"))
              .map(l -> l.replaceFirst("^.*?ERROR: ", "").strip())
              .distinct()
              .limit(3)
              .toList());
    } catch (IOException | UncheckedIOException e) {
      return "no log at " + log;
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static int freeTcpPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    switches.forEach(KamailioSwitch::stop);
    for (SippPeer peer : new SippPeer[] {carrier, unavailable}) {
      if (peer != null) {
        peer.close();
      }
    }
  }
}
