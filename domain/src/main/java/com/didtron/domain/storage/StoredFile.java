package com.didtron.domain.storage;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A file the platform keeps: its identity, owner and checksum (the bytes live in the file store).
 *
 * @param account the owning account, or null for a tenant's own file
 * @param name the sanitised name the client gave (shown and sent back, never a path)
 * @param contentType detected from the bytes
 * @param sha256 lowercase hex digest of the bytes
 */
public record StoredFile(
    UUID id,
    TenantId tenantId,
    AccountId account,
    FileKind kind,
    String name,
    ContentType contentType,
    long size,
    String sha256,
    Instant createdAt,
    String createdBy,
    Instant deletedAt) {

  public boolean isDeleted() {
    return deletedAt != null;
  }
}
