package com.didtron.activities.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.notification.OutboxMessage;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox delivered through the Brevo adapter, against a WireMock stand-in for Brevo. */
class BrevoOutboxIT extends ActivitiesIT {
  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher platformDispatcher;
  @Autowired DSLContext db;
  @Autowired TransactionTemplate tx;
  WireMockServer brevo;

  @BeforeEach
  void startBrevo() {
    brevo = new WireMockServer(wireMockConfig().dynamicPort());
    brevo.start();
  }

  @AfterEach
  void stopBrevo() {
    brevo.stop();
  }

  private OutboxDispatcher dispatcherTo(String apiKey) {
    BrevoSettings settings =
        new BrevoSettings(apiKey, brevo.baseUrl(), "billing@didtron.test", "DIDTron Billing");
    return new OutboxDispatcher(db, tx, new BrevoEmailSender(settings), Clock.systemUTC());
  }

  private EmailDraft draft(String key) {
    return new EmailDraft(
        key,
        "TEST",
        admin().tenantId(),
        "noc@customer.example",
        "Customer NOC",
        "Low balance",
        "<p>Top up</p>",
        "Top up");
  }

  @Test
  void withoutAKeyTheOutboxKeepsMessagesAndSaysWhy() {
    assertThat(platformDispatcher.notSendingBecause()).contains("no Brevo API key");
    String key = Fixtures.unique("kept");
    outbox.enqueue(draft(key));
    assertThat(outbox.byDedupKey(key))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING));
  }

  @Test
  void aMessageIsSentOnceThroughBrevosTransactionalEmailApi() {
    brevo.stubFor(
        post("/v3/smtp/email")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"messageId\":\"<abc@brevo>\"}")));
    String key = Fixtures.unique("sent");
    assertThat(outbox.enqueue(draft(key))).isTrue();
    assertThat(outbox.enqueue(draft(key))).as("same dedup key").isFalse();

    OutboxDispatcher dispatcher = dispatcherTo("xkeysib-test");
    dispatcher.dispatchDue(500);
    dispatcher.dispatchDue(500);

    OutboxMessage sent = outbox.byDedupKey(key).orElseThrow();
    assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    brevo.verify(
        1,
        postRequestedFor(urlEqualTo("/v3/smtp/email"))
            .withRequestBody(
                matchingJsonPath("$.headers.idempotencyKey", equalTo(sent.id().toString())))
            .withHeader("api-key", equalTo("xkeysib-test"))
            .withRequestBody(matchingJsonPath("$.to[0].email", equalTo("noc@customer.example")))
            .withRequestBody(matchingJsonPath("$.sender.email", equalTo("billing@didtron.test")))
            .withRequestBody(matchingJsonPath("$.subject", equalTo("Low balance")))
            .withRequestBody(matchingJsonPath("$.textContent", equalTo("Top up"))));
  }

  @Test
  void aFailedDeliveryStaysPendingWithTheReasonAndIsRetriedLater() {
    brevo.stubFor(
        post("/v3/smtp/email").willReturn(aResponse().withStatus(503).withBody("maintenance")));
    String key = Fixtures.unique("retry");
    outbox.enqueue(draft(key));
    dispatcherTo("xkeysib-test").dispatchDue(500);
    assertThat(outbox.byDedupKey(key))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
              assertThat(m.lastError()).contains("503").contains("maintenance");
            });
  }

  @Test
  void aMessageBrevoRejectsAsInvalidIsMarkedFailed() {
    brevo.stubFor(
        post("/v3/smtp/email")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"code\":\"invalid_parameter\",\"message\":\"email is not valid\"}")));
    String key = Fixtures.unique("invalid");
    outbox.enqueue(draft(key));
    dispatcherTo("xkeysib-test").dispatchDue(500);
    assertThat(outbox.byDedupKey(key))
        .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.FAILED));
  }
}
