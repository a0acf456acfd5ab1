package com.didtron.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.payment.PayPalReturns;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.payment.TopUpInput;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PayPal top-ups through its REST API: order, capture on return, verified webhooks applied once.
 */
class PayPalPaymentsIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired TopUps topUps;
  @Autowired PayPalReturns returns;
  @Autowired CustomerBalances balances;
  @Autowired LedgerFixtures money;
  private final HttpClient http = HttpClient.newHttpClient();

  private static void stub(MappingBuilder mapping, int status, String body) {
    ProviderStubs.server()
        .stubFor(
            mapping.willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  @BeforeEach
  void token() {
    stub(post("/v1/oauth2/token"), 200, "{\"access_token\":\"A21-token\",\"expires_in\":32400}");
  }

  private Payment order(Account c, String amount) {
    String order = "ORDER-" + UUID.randomUUID();
    stub(
        post("/v2/checkout/orders"),
        201,
        """
        {"id":"%s","status":"CREATED","links":[{"href":"https://www.paypal.test/checkoutnow?token=%s","rel":"approve","method":"GET"}]}"""
            .formatted(order, order));
    PaymentChange change =
        topUps.startOnline(
            admin(),
            c.id(),
            PaymentProvider.PAYPAL,
            new TopUpInput(amount, "USD", null),
            "https://portal.test");
    return ((PaymentChange.Done) change).payment();
  }

  private static String capture(Payment p, String captureId) {
    return """
        {"id":"%s","status":"COMPLETED","purchase_units":[{"payments":{"captures":[{"id":"%s","status":"COMPLETED",
         "amount":{"currency_code":"USD","value":"%s"},"custom_id":"%s"}]}}]}"""
        .formatted(
            p.providerRef(), captureId, p.amount().amount().setScale(2).toPlainString(), p.id());
  }

  private static String webhookEvent(String eventId, Payment p, String captureId) {
    return """
        {"id":"%s","event_type":"PAYMENT.CAPTURE.COMPLETED","resource":{"id":"%s","status":"COMPLETED",
         "amount":{"currency_code":"USD","value":"%s"},"custom_id":"%s",
         "supplementary_data":{"related_ids":{"order_id":"%s"}}}}"""
        .formatted(
            eventId,
            captureId,
            p.amount().amount().setScale(2).toPlainString(),
            p.id(),
            p.providerRef());
  }

  private HttpResponse<String> webhook(String payload) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/paypal"))
            .header("Content-Type", "application/json")
            .header("PAYPAL-TRANSMISSION-ID", "tx-1")
            .header("PAYPAL-TRANSMISSION-SIG", "sig")
            .header("PAYPAL-AUTH-ALGO", "SHA256withRSA")
            .header("PAYPAL-CERT-URL", "https://api.paypal.test/cert")
            .header("PAYPAL-TRANSMISSION-TIME", "2026-01-01T00:00:00Z")
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anOrderIsCreatedCapturedOnReturnAndItsWebhookCreditsNothingMore() throws Exception {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    Payment p = order(c, "40");
    assertThat(p.checkoutUrl()).contains("paypal.test/checkoutnow");
    ProviderStubs.server()
        .verify(
            postRequestedFor(urlEqualTo("/v2/checkout/orders"))
                .withHeader("Authorization", equalTo("Bearer A21-token"))
                .withHeader("PayPal-Request-Id", equalTo("order-" + p.id()))
                .withRequestBody(
                    matchingJsonPath("$.purchase_units[0].amount.value", equalTo("40.00")))
                .withRequestBody(
                    matchingJsonPath("$.purchase_units[0].custom_id", equalTo(p.id().toString()))));

    String captureId = "CAP-" + UUID.randomUUID();
    stub(post("/v2/checkout/orders/" + p.providerRef() + "/capture"), 201, capture(p, captureId));
    assertThat(returns.capture(admin(), p.providerRef()).status())
        .isEqualTo(PaymentStatus.COMPLETED);

    stub(
        post("/v1/notifications/verify-webhook-signature"),
        200,
        "{\"verification_status\":\"SUCCESS\"}");
    String event = webhookEvent("WH-" + UUID.randomUUID(), p, captureId);
    assertThat(webhook(event).body()).contains("ALREADY_DONE");
    assertThat(webhook(event).body()).contains("DUPLICATE_EVENT");
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("40", "USD"));
    ProviderStubs.server()
        .verify(
            postRequestedFor(urlEqualTo("/v1/notifications/verify-webhook-signature"))
                .withRequestBody(matchingJsonPath("$.webhook_id", equalTo("WH-DIDTRON-TEST")))
                .withRequestBody(containing("\"transmission_id\":\"tx-1\"")));
  }

  @Test
  void aWebhookAloneCreditsThePaymentOnceAndAFailedVerificationIsRejected() throws Exception {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    Payment p = order(c, "15.5");
    String event = webhookEvent("WH-" + UUID.randomUUID(), p, "CAP-" + UUID.randomUUID());

    stub(
        post("/v1/notifications/verify-webhook-signature"),
        200,
        "{\"verification_status\":\"FAILURE\"}");
    assertThat(webhook(event).statusCode()).isEqualTo(400);
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();

    stub(
        post("/v1/notifications/verify-webhook-signature"),
        200,
        "{\"verification_status\":\"SUCCESS\"}");
    for (int i = 0; i < 3; i++) {
      assertThat(webhook(event).body()).contains(i == 0 ? "CREDITED" : "DUPLICATE_EVENT");
    }
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("15.5", "USD"));
  }
}
