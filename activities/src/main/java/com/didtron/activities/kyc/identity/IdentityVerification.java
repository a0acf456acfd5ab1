package com.didtron.activities.kyc.identity;

import java.util.UUID;

/**
 * The port an identity-verification service sits behind (Stripe Identity, or none): the KYC
 * workflow opens a session for an account and sends the customer to its URL; the service reports
 * the outcome by webhook ({@link IdentityEvent}).
 */
public interface IdentityVerification {
  /** An open verification session and the (short-lived, single-use) URL the customer goes to. */
  record Session(String id, String url, String status) {}

  /** Why identity cannot be verified online (settings missing): manual review only; or null. */
  String unavailableReason();

  default boolean available() {
    return unavailableReason() == null;
  }

  /**
   * Opens a document-verification session for {@code accountId}; the customer comes back to {@code
   * returnUrl}. {@code idempotencyKey} makes a retried call return the same session.
   */
  Session createSession(UUID accountId, String returnUrl, String idempotencyKey);

  /**
   * The session again, with a fresh URL when it still needs the customer ({@code requires_input}):
   * how a customer retries after a failed check.
   */
  Session resume(String sessionId);

  /**
   * Verifies a webhook's signature and reads the event; a bad signature or unreadable body throws
   * {@link BadIdentityWebhook}.
   */
  IdentityEvent verify(String payload, String signatureHeader);

  /** The session could not be opened or read (network, refusal, not configured). */
  class IdentityFailure extends RuntimeException {
    public IdentityFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
