package com.didtron.activities.kyc.identity;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.identity.VerificationSession;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.identity.VerificationSessionCreateParams;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe Identity through the official stripe-java (configurable API base URL): {@code POST
 * /v1/identity/verification_sessions} ({@code type=document}, {@code metadata[account_id]}, {@code
 * return_url}) with an idempotency key, {@code GET /v1/identity/verification_sessions/{id}} for a
 * fresh URL, and webhook signatures checked with the endpoint's secret and a tolerance.
 */
final class StripeIdentity implements IdentityVerification {
  static final String ACCOUNT_ID = "account_id";

  private final IdentitySettings settings;
  private final JsonMapper json;
  private final StripeClient client;

  StripeIdentity(IdentitySettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
    this.client =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setApiBase(settings.baseUrl())
            .setMaxNetworkRetries(2)
            .build();
  }

  @Override
  public String unavailableReason() {
    return null;
  }

  @Override
  public Session createSession(UUID accountId, String returnUrl, String idempotencyKey) {
    VerificationSessionCreateParams params =
        VerificationSessionCreateParams.builder()
            .setType(VerificationSessionCreateParams.Type.DOCUMENT)
            .setClientReferenceId(accountId.toString())
            .putMetadata(ACCOUNT_ID, accountId.toString())
            .setReturnUrl(returnUrl)
            .build();
    try {
      VerificationSession s =
          client
              .v1()
              .identity()
              .verificationSessions()
              .create(params, RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
      return new Session(s.getId(), s.getUrl(), s.getStatus());
    } catch (StripeException e) {
      throw new IdentityFailure("Stripe refused the verification session: " + e.getMessage(), e);
    }
  }

  @Override
  public Session resume(String sessionId) {
    try {
      VerificationSession s = client.v1().identity().verificationSessions().retrieve(sessionId);
      return new Session(s.getId(), s.getUrl(), s.getStatus());
    } catch (StripeException e) {
      throw new IdentityFailure(
          "Stripe could not read the verification session: " + e.getMessage(), e);
    }
  }

  @Override
  public IdentityEvent verify(String payload, String signatureHeader) {
    Event event;
    try {
      event =
          Webhook.constructEvent(
              payload,
              signatureHeader == null ? "" : signatureHeader,
              settings.webhookSecret(),
              settings.toleranceSeconds());
    } catch (SignatureVerificationException e) {
      throw new BadIdentityWebhook("Stripe signature does not verify: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new BadIdentityWebhook("not a Stripe event: " + e.getMessage());
    }
    String type = event.getType();
    if (type == null || !type.startsWith("identity.verification_session.")) {
      return new IdentityEvent(event.getId(), type, null, null, null, null);
    }
    JsonNode s;
    try {
      s = json.readTree(event.getDataObjectDeserializer().getRawJson());
    } catch (RuntimeException e) {
      throw new BadIdentityWebhook("the event carries no verification session");
    }
    JsonNode error = s.path("last_error");
    String reason =
        error.isObject() ? error.path("reason").asString(error.path("code").asString(null)) : null;
    String account = s.path("metadata").path(ACCOUNT_ID).asString(null);
    UUID accountId;
    try {
      accountId = account == null || account.isBlank() ? null : UUID.fromString(account);
    } catch (IllegalArgumentException e) {
      accountId = null;
    }
    return new IdentityEvent(
        event.getId(),
        type,
        s.path("id").asString(null),
        s.path("status").asString(null),
        reason,
        accountId);
  }
}
