package com.didtron.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.Refunds;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stripe top-ups: Checkout Session through the adapter, signed webhooks applied exactly once. */
class StripePaymentsIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired TopUps topUps;
  @Autowired Refunds refunds;
  @Autowired CustomerBalances balances;
  @Autowired Ledger ledger;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  private final HttpClient http = HttpClient.newHttpClient();

  private Payment startCheckout(Account customer, Actor actor, String amount) {
    String session = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
    ProviderStubs.server()
        .stubFor(
            post("/v1/checkout/sessions")
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            """
            {"id":"%s","object":"checkout.session","url":"https://checkout.stripe.test/%s"}"""
                                .formatted(session, session))));
    PaymentChange change =
        topUps.startOnline(
            actor,
            customer.id(),
            PaymentProvider.STRIPE,
            new TopUpInput(amount, customer.currency().code(), null),
            "https://portal.test");
    assertThat(change).isInstanceOf(PaymentChange.Done.class);
    return ((PaymentChange.Done) change).payment();
  }

  private static String completed(String eventId, Payment p, long minorUnits) {
    return """
        {"id":"%s","object":"event","type":"checkout.session.completed","api_version":"2025-09-30.clover",
         "data":{"object":{"id":"%s","object":"checkout.session","payment_status":"paid","amount_total":%d,
          "currency":"%s","payment_intent":"pi_%s","client_reference_id":"%s","metadata":{"payment_id":"%s"}}}}"""
        .formatted(
            eventId,
            p.providerRef(),
            minorUnits,
            p.amount().currency().code().toLowerCase(),
            eventId,
            p.id(),
            p.id());
  }

  private HttpResponse<String> webhook(String payload, String signature) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe"))
            .header("Content-Type", "application/json")
            .header("Stripe-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Account customer() {
    return money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
  }

  @Test
  void aCustomerOpensACheckoutSessionForItsOwnAccount() {
    Account c = customer();
    Actor portal = actorOf(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    Payment p = startCheckout(c, portal, "25.00");
    assertThat(p.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(p.checkoutUrl()).startsWith("https://checkout.stripe.test/cs_test_");
    ProviderStubs.server()
        .verify(
            postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Authorization", containing("sk_test_didtron"))
                .withHeader("Idempotency-Key", containing("checkout-" + p.id()))
                .withRequestBody(containing("[unit_amount]=2500"))
                .withRequestBody(containing(p.id().toString())));
  }

  @Test
  void theSameSignedEventDeliveredTenTimesCreditsTheBalanceOnce() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "25");
    String payload = completed("evt_" + UUID.randomUUID(), p, 2500);
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> r = webhook(payload, ProviderStubs.stripeSignature(payload));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains(i == 0 ? "CREDITED" : "DUPLICATE_EVENT");
    }
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("25", "USD"));
    assertThat(ledger.entriesBySource(c.tenantId(), SourceRef.of(SourceType.PAYMENT, p.id())))
        .hasSize(1);
    assertThat(topUps.get(admin(), p.id()).status()).isEqualTo(PaymentStatus.COMPLETED);
  }

  @Test
  void tenConcurrentDeliveriesOfTheSameEventCreditOnce() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "7");
    String payload = completed("evt_" + UUID.randomUUID(), p, 700);
    String signature = ProviderStubs.stripeSignature(payload);
    var pool = Executors.newFixedThreadPool(10);
    try {
      var results =
          pool.invokeAll(
              Collections.nCopies(10, (Callable<String>) () -> webhook(payload, signature).body()));
      long credited = 0;
      for (var r : results) {
        credited += r.get().contains("CREDITED") ? 1 : 0;
      }
      assertThat(credited).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("7", "USD"));
  }

  @Test
  void anotherEventForAnAlreadyCreditedPaymentCreditsNothing() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "10");
    String first = completed("evt_" + UUID.randomUUID(), p, 1000);
    String second = completed("evt_" + UUID.randomUUID(), p, 1000);
    webhook(first, ProviderStubs.stripeSignature(first));
    assertThat(webhook(second, ProviderStubs.stripeSignature(second)).body())
        .contains("ALREADY_DONE");
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("10", "USD"));
  }

  @Test
  void aWebhookWithABadSignatureIsRejectedAndCreditsNothing() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "10");
    String payload = completed("evt_" + UUID.randomUUID(), p, 1000);
    assertThat(webhook(payload, ProviderStubs.stripeSignature(payload, "whsec_wrong")).statusCode())
        .isEqualTo(400);
    assertThat(webhook(payload, "t=1,v1=deadbeef").statusCode()).isEqualTo(400);
    assertThat(
            webhook(payload.replace("1000", "100000"), ProviderStubs.stripeSignature(payload))
                .statusCode())
        .as("a payload changed after signing")
        .isEqualTo(400);
    assertThat(topUps.get(admin(), p.id()).status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();
  }

  @Test
  void anEventPayingADifferentAmountIsNotCredited() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "10");
    String payload = completed("evt_" + UUID.randomUUID(), p, 999);
    assertThat(webhook(payload, ProviderStubs.stripeSignature(payload)).body())
        .contains("AMOUNT_MISMATCH");
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();
  }

  @Test
  void aRefundAsksStripeAndReversesTheTopUp() throws Exception {
    Account c = customer();
    Payment p = startCheckout(c, admin(), "30");
    String payload = completed("evt_" + UUID.randomUUID(), p, 3000);
    webhook(payload, ProviderStubs.stripeSignature(payload));
    ProviderStubs.server()
        .stubFor(
            post("/v1/refunds")
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"re_1\",\"object\":\"refund\"}")));
    PaymentChange refund = refunds.refund(admin(), p.id(), "customer asked");
    assertThat(((PaymentChange.Done) refund).payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    ProviderStubs.server()
        .verify(
            postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=pi_evt_")));
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();
    assertThat(ledger.entriesBySource(c.tenantId(), SourceRef.of(SourceType.PAYMENT, p.id())))
        .extracting(e -> e.isReversal())
        .containsExactly(false, true);
  }
}
