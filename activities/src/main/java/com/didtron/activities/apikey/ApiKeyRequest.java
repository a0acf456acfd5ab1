package com.didtron.activities.apikey;

import java.time.Instant;

/**
 * What a new key should be: its label, an optional expiry (null: never) and whether it may only
 * read.
 */
public record ApiKeyRequest(String name, Instant expiresAt, boolean readOnly) {
  public static ApiKeyRequest named(String name) {
    return new ApiKeyRequest(name, null, false);
  }
}
