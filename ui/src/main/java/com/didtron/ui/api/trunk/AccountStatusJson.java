package com.didtron.ui.api.trunk;

import com.didtron.domain.account.Account;
import java.util.UUID;

/** An account's status after a suspend or resume. */
public record AccountStatusJson(UUID id, String name, String status, int version) {
  static AccountStatusJson of(Account a) {
    return new AccountStatusJson(a.id().value(), a.name(), a.status().name(), a.version());
  }
}
