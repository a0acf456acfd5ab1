package com.didtron.activities.account;

import com.didtron.domain.account.Account;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of an account as the audit log records it. */
final class AccountSnapshot {
  private AccountSnapshot() {}

  static Map<String, Object> of(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("kind", a.kind().name());
    m.put("currency", a.currency().code());
    m.put("billingMode", a.billingMode().name());
    m.put("creditLimit", a.creditLimit().stripTrailingZeros().toPlainString());
    m.put("status", a.status().name());
    m.put("email", a.email());
    m.put("deletedAt", a.deletedAt() == null ? null : a.deletedAt().toString());
    return m;
  }
}
