package com.didtron.domain.apikey;

import com.didtron.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's key for the REST API, as listed (the secret itself is never stored, only its hash).
 *
 * @param prefix the public start of the key ({@code dtk_XXXXXXXX}), to tell keys apart
 */
public record ApiKey(UUID id, UserId userId, String name, String prefix, Instant createdAt,
    Instant lastUsedAt, Instant revokedAt) {
  public boolean isActive() {
    return revokedAt == null;
  }
}
