package com.didtron.ui.api.account;

import com.didtron.domain.account.Account;
import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it; amounts are decimal strings (exact, never floating point). */
public record AccountJson(
    UUID id,
    String name,
    String kind,
    String currency,
    String billingMode,
    String creditLimit,
    String status,
    String email,
    int version,
    Instant createdAt,
    boolean deleted) {
  static AccountJson of(Account a) {
    return new AccountJson(
        a.id().value(),
        a.name(),
        a.kind().name(),
        a.currency().code(),
        a.billingMode().name(),
        a.creditLimit().stripTrailingZeros().toPlainString(),
        a.status().name(),
        a.email(),
        a.version(),
        a.createdAt(),
        a.isDeleted());
  }
}
