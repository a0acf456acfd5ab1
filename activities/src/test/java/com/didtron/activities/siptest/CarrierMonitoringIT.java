package com.didtron.activities.siptest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.notification.Outbox;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.SipFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.routing.CarrierHealth;
import com.didtron.domain.siptest.AlertSettingsDraft;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.sip.sipp.SippPeer;
import com.didtron.workflows.siptest.MonitorReport;
import com.sun.net.httpserver.HttpServer;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Carrier monitoring end to end: SIPp carriers, monitoring rounds as Temporal workflows, the alert
 * DMN table, alerts raised once and cleared at their reset threshold, signed webhook posts to a
 * real HTTP server, emails in the outbox, and the carrier health LCR reads.
 */
class CarrierMonitoringIT extends ActivitiesIT {
  private static final String SECRET = "monitoring-secret-0123456789";
  private static final List<Post> POSTS = new CopyOnWriteArrayList<>();
  private static HttpServer webhook;

  private record Post(String signature, String body) {}

  @Autowired SipAlertService alerts;
  @Autowired SipCampaignService campaigns;
  @Autowired SipFixtures sip;
  @Autowired WorkflowClient temporal;
  @Autowired Outbox outbox;
  @Autowired SipCarrierHealth health;
  @Autowired CarrierHealthService healthPage;

  @BeforeAll
  static void startWebhookReceiver() throws IOException {
    webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    webhook.createContext(
        "/hooks/sip",
        exchange -> {
          POSTS.add(
              new Post(
                  exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    webhook.start();
  }

  @AfterAll
  static void stopWebhookReceiver() {
    webhook.stop(0);
  }

  @BeforeEach
  void sendAlertsToTheReceiver() {
    String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks/sip";
    assertThat(
            alerts.saveSettings(admin(), new AlertSettingsDraft(url, SECRET, "noc@example.test")))
        .isEmpty();
  }

  private MonitorReport monitoringRound() {
    WorkflowRun run = alerts.monitorNow(admin());
    return temporal.newUntypedWorkflowStub(run.workflowId()).getResult(MonitorReport.class);
  }

  private List<SipAlert> alertsOf(Account carrier, String kind) {
    return alerts.alerts(admin(), false, PageRequest.first(500)).rows().stream()
        .filter(a -> a.carrierId().equals(carrier.id().value()) && a.kind().equals(kind))
        .toList();
  }

  private Post postFor(UUID alertId, String event) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> POSTS.stream().anyMatch(p -> matches(p, alertId, event)));
    return POSTS.stream().filter(p -> matches(p, alertId, event)).findFirst().orElseThrow();
  }

  private static boolean matches(Post p, UUID alertId, String event) {
    return p.body().contains("\"id\":\"" + alertId + "\"")
        && p.body().contains("\"event\":\"" + event + "\"");
  }

  private static void assertSigned(Post p) {
    String t = p.signature().substring(2, p.signature().indexOf(','));
    assertThat(p.signature())
        .isEqualTo(WebhookSignature.header(SECRET, Long.parseLong(t), p.body()));
  }

  @Test
  void lowAsrRaisesOneMajorAlertThatPenaltyBoxesTheCarrierAndIsPostedSignedAndEmailed() {
    Actor admin = admin();
    try (SippPeer busy = SippPeer.scenario("uas-busy.xml").set("ring_ms", 0).start()) {
      Account carrier = sip.carrier(admin, "Failing carrier", busy.port(), "4499", true);
      Campaign c =
          ((CampaignChange.Started)
                  campaigns.start(
                      admin,
                      new CampaignDraft(
                          "ASR check " + Fixtures.unique("c"),
                          List.of("4420"),
                          List.of(carrier.id().value()),
                          20,
                          10,
                          new BigDecimal("20"),
                          0,
                          5,
                          null)))
              .campaign();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> campaigns.get(admin, c.id()).status() == SipRunStatus.COMPLETED);

      monitoringRound();

      SipAlert alert = alertsOf(carrier, "ASR_LOW").getFirst();
      assertThat(alert.open()).isTrue();
      assertThat(alert.severity()).isEqualTo("MAJOR");
      assertThat(alert.penaltyBox()).isTrue();
      assertThat(alert.rule()).isEqualTo("ASR under 40% over the last 50 calls");
      assertThat(alert.value()).isEqualByComparingTo("0");
      Post post = postFor(alert.id(), "RAISED");
      assertSigned(post);
      assertThat(post.body()).contains("\"kind\":\"ASR_LOW\"", "\"penaltyBox\":true");
      assertThat(outbox.byDedupKey("sip-alert:" + alert.id() + ":RAISED"))
          .hasValueSatisfying(m -> assertThat(m.to()).isEqualTo("noc@example.test"));
      CarrierHealth h = health.current(admin.tenantId().value()).get(carrier.id().value());
      assertThat(h.asrPercent()).isZero();
      assertThat(h.inPenaltyBox()).isTrue();

      monitoringRound();
      assertThat(alertsOf(carrier, "ASR_LOW")).as("not raised again while open").hasSize(1);
      CarrierStatus status =
          healthPage.statuses(admin).stream()
              .filter(s -> s.carrierId().equals(carrier.id().value()))
              .findFirst()
              .orElseThrow();
      assertThat(status.openAlerts()).contains("ASR_LOW");
      assertThat(status.penaltyBox()).isTrue();
      assertThat(status.window().attempts())
          .as("20 campaign calls and 2 probe calls")
          .isEqualTo(22);
      assertThat(healthPage.latestCalls(admin, carrier.id().value(), 1).getFirst().destination())
          .isEqualTo("4499");
    }
  }

  @Test
  void optionsFailingThreeTimesInARowRaiseACriticalAlertThatClearsWhenOptionsAnswerAgain()
      throws IOException {
    Actor admin = admin();
    int port;
    try (DatagramSocket probe =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      port = probe.getLocalPort();
    }
    Account carrier = sip.carrier(admin, "Silent carrier", port, null, true);

    monitoringRound();
    assertThat(alertsOf(carrier, "OPTIONS_DOWN")).as("one failure is not an outage").isEmpty();
    monitoringRound();
    monitoringRound();
    SipAlert down = alertsOf(carrier, "OPTIONS_DOWN").getFirst();
    assertThat(down.open()).isTrue();
    assertThat(down.severity()).isEqualTo("CRITICAL");
    assertThat(down.value().intValue()).isGreaterThanOrEqualTo(3);
    assertSigned(postFor(down.id(), "RAISED"));
    assertThat(health.current(admin.tenantId().value()).get(carrier.id().value()).inPenaltyBox())
        .isTrue();

    try (SippPeer back = SippPeer.scenario("uas-options.xml").port(port).start()) {
      monitoringRound();
      SipAlert cleared = alertsOf(carrier, "OPTIONS_DOWN").getFirst();
      assertThat(cleared.open()).isFalse();
      assertThat(cleared.clearedRule()).isEqualTo("OPTIONS answered again");
      assertSigned(postFor(down.id(), "CLEARED"));
      assertThat(health.current(admin.tenantId().value()).get(carrier.id().value()).inPenaltyBox())
          .isFalse();
    }
  }
}
