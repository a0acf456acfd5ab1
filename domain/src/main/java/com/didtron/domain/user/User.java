package com.didtron.domain.user;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;

/** A person (or API client) who signs in. Portal users belong to one account. */
public record User(
    UserId id,
    TenantId tenantId,
    String email,
    String displayName,
    Set<Role> roles,
    AccountId accountId,
    ThemePreference theme,
    boolean enabled,
    Instant createdAt,
    Instant lastLoginAt,
    Instant deletedAt) {

  public User {
    roles = Set.copyOf(roles);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }
}
