package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_WEBHOOK_EVENT;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KYC identity step with Stripe Identity (WireMock): the case opens a documented
 * VerificationSession, the customer gets its URL, and signed webhooks on {@code
 * /webhooks/stripe-identity} move the case — once per event id, unknown sessions and bad signatures
 * refused.
 */
class KycIdentityIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;
  @Autowired AccountService accounts;
  private final HttpClient http = HttpClient.newHttpClient();

  private Account withEmail(String name) {
    var change =
        accounts.create(
            admin(),
            new AccountDraft(
                Fixtures.unique(name),
                AccountKind.CUSTOMER,
                "USD",
                BillingMode.PREPAID,
                BigDecimal.ZERO,
                AccountStatus.ACTIVE,
                "idv-" + UUID.randomUUID() + "@example.test"));
    return ((AccountChange.Saved) change).account();
  }

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  private String kyc(String key, Account a) throws Exception {
    return call("GET", "/api/accounts/" + a.id() + "/kyc", key, null).body();
  }

  private void awaitKyc(String key, Account a, String fragment) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(kyc(key, a)).contains(fragment));
  }

  private HttpResponse<String> webhook(String payload, String signature) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe-identity"))
            .header("Content-Type", "application/json")
            .header("Stripe-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String signed(String payload) {
    return ProviderStubs.stripeSignature(payload, ProviderStubs.STRIPE_IDENTITY_WEBHOOK_SECRET);
  }

  private static String event(String id, String status, String session, String lastError) {
    return """
        {"id":"%s","object":"event","api_version":"2025-09-30.clover","created":1764806400,
         "livemode":false,"pending_webhooks":1,"type":"identity.verification_session.%s",
         "data":{"object":{"id":"%s","object":"identity.verification_session","type":"document",
          "status":"%s","last_error":%s,"metadata":{},"url":null,"livemode":false}}}"""
        .formatted(id, status, session, status, lastError);
  }

  private static String session(String id) {
    return """
        {"id":"%s","object":"identity.verification_session","status":"requires_input",
         "type":"document","last_error":null,"livemode":false,"metadata":{},
         "url":"https://verify.stripe.test/start/%s"}"""
        .formatted(id, id);
  }

  private String stubSession(Account a) {
    String id = "vs_" + UUID.randomUUID().toString().replace("-", "");
    ProviderStubs.server()
        .stubFor(
            post(urlPathEqualTo("/v1/identity/verification_sessions"))
                .withFormParam("metadata[account_id]", equalTo(a.id().value().toString()))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(session(id))));
    ProviderStubs.server()
        .stubFor(
            get(urlPathEqualTo("/v1/identity/verification_sessions/" + id))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(session(id))));
    return id;
  }

  @Test
  void theWebhooksVerifyTheIdentityOnceAndTheCaseMovesOnToDocuments() throws Exception {
    Account own = withEmail("IdvOwn");
    Account other = withEmail("IdvOther");
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(fixtures.portalUser(admin(), other, Role.CUSTOMER)), "s").secret();
    String vs = stubSession(own);

    assertThat(kyc(customer, own)).contains("\"identityVerification\":\"stripe\"");
    assertThat(
            call(
                    "POST",
                    "/api/accounts/" + own.id() + "/kyc/start",
                    customer,
                    "{\"country\":\"DE\"}")
                .statusCode())
        .isEqualTo(202);
    awaitKyc(customer, own, "\"state\":\"IDENTITY_PENDING\"");
    awaitKyc(customer, own, "\"identityStatus\":\"requires_input\"");
    ProviderStubs.server()
        .verify(
            postRequestedFor(urlPathEqualTo("/v1/identity/verification_sessions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_didtron"))
                .withHeader("Idempotency-Key", containing("kyc-identity-kyc-" + own.id().value()))
                .withFormParam("type", equalTo("document"))
                .withFormParam("metadata[account_id]", equalTo(own.id().value().toString()))
                .withFormParam("return_url", containing("/verification")));
    assertThat(
            db.select(KYC_CASE.STRIPE_SESSION_ID)
                .from(KYC_CASE)
                .where(KYC_CASE.ACCOUNT_ID.eq(own.id().value()))
                .fetchOne(KYC_CASE.STRIPE_SESSION_ID))
        .isEqualTo(vs);

    // the "Verify identity" button: the session's URL, for the account's own users only
    HttpResponse<String> link =
        call("POST", "/api/accounts/" + own.id() + "/kyc/identity-session", customer, null);
    assertThat(link.statusCode()).isEqualTo(200);
    assertThat(link.body()).contains("https://verify.stripe.test/start/" + vs);
    assertThat(
            call("POST", "/api/accounts/" + own.id() + "/kyc/identity-session", stranger, null)
                .statusCode())
        .isEqualTo(403);

    // the check failed: recorded with Stripe's reason, the customer can retry
    String failed =
        event(
            "evt_" + UUID.randomUUID(),
            "requires_input",
            vs,
            "{\"code\":\"document_expired\",\"reason\":\"The document is expired.\"}");
    HttpResponse<String> r = webhook(failed, signed(failed));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("APPLIED");
    assertThat(kyc(customer, own))
        .contains("\"identityReason\":\"The document is expired.\"")
        .contains("\"state\":\"IDENTITY_PENDING\"");

    // bad signature, unknown session: refused, nothing recorded
    String verified = event("evt_" + UUID.randomUUID(), "verified", vs, "null");
    assertThat(
            webhook(
                    verified,
                    ProviderStubs.stripeSignature(verified, ProviderStubs.STRIPE_WEBHOOK_SECRET))
                .statusCode())
        .isEqualTo(400);
    String unknown =
        event("evt_" + UUID.randomUUID(), "verified", "vs_unknown_" + UUID.randomUUID(), "null");
    assertThat(webhook(unknown, signed(unknown)).statusCode()).isEqualTo(404);
    assertThat(kyc(customer, own)).doesNotContain("\"identityVerified\":true");

    // verified: identity_verified_at, and the workflow asks for the documents DE needs
    r = webhook(verified, signed(verified));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("APPLIED");
    awaitKyc(customer, own, "\"state\":\"DOCUMENTS_REQUIRED\"");
    String body = kyc(customer, own);
    assertThat(body)
        .contains("\"identityVerified\":true")
        .contains("\"identityStatus\":\"verified\"")
        .contains("\"document\":\"PROOF_OF_ADDRESS\"");
    Instant at =
        db.select(KYC_CASE.IDENTITY_VERIFIED_AT)
            .from(KYC_CASE)
            .where(KYC_CASE.ACCOUNT_ID.eq(own.id().value()))
            .fetchOne(KYC_CASE.IDENTITY_VERIFIED_AT);
    assertThat(at).isNotNull();
    String caseId =
        db.select(KYC_CASE.ID)
            .from(KYC_CASE)
            .where(KYC_CASE.ACCOUNT_ID.eq(own.id().value()))
            .fetchOne(KYC_CASE.ID)
            .toString();
    int audits =
        db.fetchCount(
            AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq("kyc_case").and(AUDIT_LOG.ENTITY_ID.eq(caseId)));

    // the same event again: acknowledged, recorded once, changes nothing
    for (int i = 0; i < 3; i++) {
      r = webhook(verified, signed(verified));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("DUPLICATE_EVENT");
    }
    String eventId = verified.replaceAll("(?s).*?\"id\":\"(evt_[^\"]+)\".*", "$1");
    assertThat(db.fetchCount(KYC_WEBHOOK_EVENT, KYC_WEBHOOK_EVENT.EVENT_ID.eq(eventId)))
        .isEqualTo(1);
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG.ENTITY_TYPE.eq("kyc_case").and(AUDIT_LOG.ENTITY_ID.eq(caseId))))
        .isEqualTo(audits);
    assertThat(
            db.select(KYC_CASE.IDENTITY_VERIFIED_AT)
                .from(KYC_CASE)
                .where(KYC_CASE.ACCOUNT_ID.eq(own.id().value()))
                .fetchOne(KYC_CASE.IDENTITY_VERIFIED_AT))
        .isEqualTo(at);
    assertThat(kyc(customer, own)).contains("\"state\":\"DOCUMENTS_REQUIRED\"");
  }

  @Test
  void afterACanceledSessionTheCustomerGetsANewOne() throws Exception {
    Account own = withEmail("IdvCancel");
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    String first = stubSession(own);
    call("POST", "/api/accounts/" + own.id() + "/kyc/start", customer, null);
    awaitKyc(customer, own, "\"identityStatus\":\"requires_input\"");

    String canceled = event("evt_" + UUID.randomUUID(), "canceled", first, "null");
    assertThat(webhook(canceled, signed(canceled)).statusCode()).isEqualTo(200);
    assertThat(kyc(customer, own)).contains("\"identityStatus\":\"canceled\"");

    String second = stubSession(own);
    HttpResponse<String> link =
        call("POST", "/api/accounts/" + own.id() + "/kyc/identity-session", customer, null);
    assertThat(link.statusCode()).isEqualTo(200);
    assertThat(link.body()).contains(second).doesNotContain(first);
    assertThat(kyc(customer, own))
        .contains("\"identityStatus\":\"requires_input\"")
        .contains("\"state\":\"IDENTITY_PENDING\"");
    assertThat(
            db.select(KYC_CASE.STRIPE_SESSION_ID)
                .from(KYC_CASE)
                .where(KYC_CASE.ACCOUNT_ID.eq(own.id().value()))
                .fetchOne(KYC_CASE.STRIPE_SESSION_ID))
        .isEqualTo(second);
  }
}
