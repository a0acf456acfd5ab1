package com.didtron.activities.kyc.identity;

import java.util.UUID;

/** No identity service configured: KYC is manual review only; nothing ever calls out. */
final class NoIdentityVerification implements IdentityVerification {
  private final String reason;

  NoIdentityVerification(String reason) {
    this.reason = reason;
  }

  @Override
  public String unavailableReason() {
    return reason;
  }

  @Override
  public Session createSession(UUID accountId, String returnUrl, String idempotencyKey) {
    throw new IdentityFailure("Identity verification is not available: " + reason, null);
  }

  @Override
  public Session resume(String sessionId) {
    throw new IdentityFailure("Identity verification is not available: " + reason, null);
  }

  @Override
  public IdentityEvent verify(String payload, String signatureHeader) {
    throw new BadIdentityWebhook("Identity verification is not configured: " + reason);
  }
}
