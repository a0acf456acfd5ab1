package com.didtron.activities.account;

import com.didtron.activities.Facade;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;

/** The outcome of creating or changing an account: saved, or rejected with reasons per field. */
@Facade
public sealed interface AccountChange {
  record Saved(Account account) implements AccountChange {}

  record Rejected(List<FieldError> errors) implements AccountChange {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
