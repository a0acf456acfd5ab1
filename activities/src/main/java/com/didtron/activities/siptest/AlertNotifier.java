package com.didtron.activities.siptest;

import com.didtron.activities.notification.Outbox;
import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.siptest.DeliveryStatus;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.siptest.AlertChange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifies alert changes: a signed JSON POST to the tenant's webhook, and an email through the
 * outbox. Each (alert, event, channel) is delivered once: a delivery already SENT or QUEUED is not
 * repeated. A failing webhook is recorded and reported by an exception, so Temporal retries it.
 */
@Component
class AlertNotifier {
  static final String WEBHOOK = "WEBHOOK";
  static final String EMAIL = "EMAIL";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final JooqAlerts alerts;
  private final JooqAlertSettings settings;
  private final Outbox outbox;
  private final JsonMapper json;
  private final OutboundGuard outbound;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  AlertNotifier(
      JooqAlerts alerts,
      JooqAlertSettings settings,
      Outbox outbox,
      JsonMapper json,
      OutboundGuard outbound,
      Clock clock) {
    this.outbound = outbound;
    this.alerts = alerts;
    this.settings = settings;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  void webhook(AlertChange change) {
    TenantId tenant = alerts.tenantOf(change.alertId()).orElseThrow();
    AlertSettings s = settings.of(tenant);
    if (!s.hasWebhook()
        || alerts
            .delivery(change.alertId(), change.event(), WEBHOOK)
            .filter(DeliveryStatus.SENT::equals)
            .isPresent()) {
      return;
    }
    Optional<String> internal = outbound.urlRefusal(s.webhookUrl()); // the name may resolve anew
    if (internal.isPresent()) {
      alerts.recordDelivery(
          change.alertId(),
          change.event(),
          WEBHOOK,
          DeliveryStatus.FAILED,
          internal.get(),
          clock.instant());
      return; // retrying cannot help until an operator changes the URL or the allow-list
    }
    String body = json.writeValueAsString(payload(change, tenant));
    long now = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(s.webhookUrl()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("X-DIDTron-Event", "sip-alert." + change.event().toLowerCase(Locale.ROOT))
            .header(WebhookSignature.HEADER, WebhookSignature.header(s.webhookSecret(), now, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    String problem;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        alerts.recordDelivery(
            change.alertId(),
            change.event(),
            WEBHOOK,
            DeliveryStatus.SENT,
            "HTTP " + response.statusCode(),
            clock.instant());
        return;
      }
      problem = "HTTP " + response.statusCode();
    } catch (IOException e) {
      problem = "cannot reach " + s.webhookUrl() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    alerts.recordDelivery(
        change.alertId(), change.event(), WEBHOOK, DeliveryStatus.FAILED, problem, clock.instant());
    throw new IllegalStateException("webhook delivery failed: " + problem);
  }

  void email(AlertChange change) {
    TenantId tenant = alerts.tenantOf(change.alertId()).orElseThrow();
    AlertSettings s = settings.of(tenant);
    if (s.emailTo() == null) {
      return;
    }
    SipAlert a = alerts.get(change.alertId()).orElseThrow();
    String subject =
        ("RAISED".equals(change.event()) ? "[" + a.severity() + "] " : "[cleared] ")
            + a.carrierName()
            + ": "
            + ("RAISED".equals(change.event()) ? a.rule() : a.clearedRule());
    String text =
        subject
            + "\n\nCarrier: "
            + a.carrierName()
            + "\nAlert: "
            + a.kind()
            + " ("
            + a.severity()
            + ")"
            + "\nValue when raised: "
            + a.value().stripTrailingZeros().toPlainString()
            + "\nRaised at: "
            + a.raisedAt()
            + (a.clearedAt() == null ? "" : "\nCleared at: " + a.clearedAt())
            + (a.penaltyBox()
                ? "\nThe carrier is in the routing penalty box while this alert is open."
                : "");
    String html = "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    outbox.enqueue(
        new EmailDraft(
            "sip-alert:" + a.id() + ":" + change.event(),
            "SIP_ALERT",
            tenant,
            s.emailTo(),
            null,
            subject,
            html,
            text));
    alerts.recordDelivery(
        change.alertId(),
        change.event(),
        EMAIL,
        DeliveryStatus.QUEUED,
        s.emailTo(),
        clock.instant());
  }

  private Map<String, Object> payload(AlertChange change, TenantId tenant) {
    SipAlert a = alerts.get(change.alertId()).orElseThrow();
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("id", a.id().toString());
    alert.put("tenantId", tenant.value().toString());
    alert.put("carrierId", a.carrierId().toString());
    alert.put("carrier", a.carrierName());
    alert.put("kind", a.kind());
    alert.put("severity", a.severity());
    alert.put("status", a.status().name());
    alert.put("penaltyBox", a.penaltyBox());
    alert.put("rule", a.rule());
    alert.put("value", a.value());
    alert.put("raisedAt", a.raisedAt().toString());
    alert.put("clearedAt", a.clearedAt() == null ? null : a.clearedAt().toString());
    alert.put("clearedRule", a.clearedRule());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", change.event());
    body.put("alert", alert);
    return body;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
