package com.didtron.domain.apikey;

import com.didtron.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's key for the REST API, as listed (the secret itself is never stored, only its hash).
 *
 * @param prefix the public start of the key ({@code dtk_XXXXXXXX}), to tell keys apart
 * @param expiresAt when the key stops working by itself; null: never
 * @param readOnly a read-only key may only read ({@code GET}); anything else is refused with 403
 */
public record ApiKey(
    UUID id,
    UserId userId,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    Instant expiresAt,
    boolean readOnly) {
  /** Not revoked (it may still have expired; see {@link #isUsableAt}). */
  public boolean isActive() {
    return revokedAt == null;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
