package com.didtron.activities.kyc.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stripe Identity adapter against a WireMock Stripe answering with the documented
 * VerificationSession object ({@code src/test/resources/stripe-identity/}); the stub demands the
 * documented create request: form-encoded {@code type=document}, {@code metadata[account_id]},
 * {@code return_url}, the secret key as bearer token and an idempotency key.
 */
class StripeIdentityTest {
  private static final String KEY = "sk_test_identity";
  private static final String SECRET = "whsec_identity_test";
  private static final String RETURN = "https://portal.example.test/verification";

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private final UUID account = UUID.randomUUID();

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private IdentitySettings settings(String key, String secret) {
    return new IdentitySettings(key, secret, "http://127.0.0.1:" + server.port(), RETURN, 300L);
  }

  private IdentityVerification adapter() {
    return new IdentityVerificationConfig()
        .identityVerification(settings(KEY, SECRET), JsonMapper.builder().build());
  }

  private String resource(String name) {
    try (InputStream in = getClass().getResourceAsStream("/stripe-identity/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{ACCOUNT}}", account.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sign(String payload, String secret, long epochSeconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((epochSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void createsADocumentSessionForTheAccountWithTheDocumentedRequest() {
    server.stubFor(
        post(urlPathEqualTo("/v1/identity/verification_sessions"))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .withHeader("Idempotency-Key", equalTo("kyc-identity-run-1"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withFormParam("type", equalTo("document"))
            .withFormParam("metadata[account_id]", equalTo(account.toString()))
            .withFormParam("return_url", equalTo(RETURN))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(resource("verification_session.json"))));

    IdentityVerification.Session s = adapter().createSession(account, RETURN, "kyc-identity-run-1");

    assertThat(s.id()).isEqualTo("vs_1NuNAILkdIwHu7ixh7OtGMLw");
    assertThat(s.url()).isEqualTo("https://verify.stripe.com/start/test_YWNjdF8xTXR");
    assertThat(s.status()).isEqualTo("requires_input");
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/identity/verification_sessions")));
  }

  @Test
  void aRefusalBecomesAnIdentityFailureWithStripesMessage() {
    server.stubFor(
        post(urlPathEqualTo("/v1/identity/verification_sessions"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error":{"type":"invalid_request_error","code":"parameter_invalid_empty",
                         "message":"Identity is not activated on this account."}}""")));

    assertThatThrownBy(() -> adapter().createSession(account, RETURN, "k"))
        .isInstanceOf(IdentityVerification.IdentityFailure.class)
        .hasMessageContaining("Identity is not activated");
  }

  @Test
  void resumingReadsTheSessionForAFreshUrl() {
    server.stubFor(
        get(urlPathEqualTo("/v1/identity/verification_sessions/vs_1NuNAILkdIwHu7ixh7OtGMLw"))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(resource("verification_session.json"))));

    IdentityVerification.Session s = adapter().resume("vs_1NuNAILkdIwHu7ixh7OtGMLw");

    assertThat(s.url()).startsWith("https://verify.stripe.com/start/");
  }

  @Test
  void aSignedRequiresInputEventIsReadWithItsReasonAndAccount() {
    String payload = resource("event_requires_input.json");
    IdentityEvent e =
        adapter().verify(payload, sign(payload, SECRET, System.currentTimeMillis() / 1000));

    assertThat(e.eventId()).isEqualTo("evt_1NuNBALkdIwHu7ixRequires");
    assertThat(e.type()).isEqualTo("identity.verification_session.requires_input");
    assertThat(e.sessionId()).isEqualTo("vs_1NuNAILkdIwHu7ixh7OtGMLw");
    assertThat(e.status()).isEqualTo("requires_input");
    assertThat(e.reason()).isEqualTo("The document is expired.");
    assertThat(e.accountId()).isEqualTo(account);
  }

  @Test
  void aWrongSecretATamperedBodyOrAnOldSignatureIsRefused() {
    String payload = resource("event_requires_input.json");
    long now = System.currentTimeMillis() / 1000;
    IdentityVerification a = adapter();

    assertThatThrownBy(() -> a.verify(payload, sign(payload, "whsec_other", now)))
        .isInstanceOf(BadIdentityWebhook.class);
    assertThatThrownBy(
            () -> a.verify(payload.replace("expired", "fine"), sign(payload, SECRET, now)))
        .isInstanceOf(BadIdentityWebhook.class);
    assertThatThrownBy(() -> a.verify(payload, sign(payload, SECRET, now - 301)))
        .isInstanceOf(BadIdentityWebhook.class);
    assertThatThrownBy(() -> a.verify(payload, null)).isInstanceOf(BadIdentityWebhook.class);
  }

  @Test
  void withoutAKeyOrWebhookSecretItIsManualReviewOnlyAndNeverCallsOut() {
    IdentityVerification none =
        new IdentityVerificationConfig()
            .identityVerification(settings(null, SECRET), JsonMapper.builder().build());
    IdentityVerification noSecret =
        new IdentityVerificationConfig()
            .identityVerification(settings(KEY, " "), JsonMapper.builder().build());

    assertThat(none.available()).isFalse();
    assertThat(none.unavailableReason()).contains("no Stripe secret key");
    assertThat(noSecret.unavailableReason()).contains("DIDTRON_STRIPE_IDENTITY_WEBHOOK_SECRET");
    assertThatThrownBy(() -> none.createSession(account, RETURN, "k"))
        .isInstanceOf(IdentityVerification.IdentityFailure.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
