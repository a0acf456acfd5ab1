package com.didtron.activities.user;

import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;

/** The outcome of a user changing its own password. */
public sealed interface PasswordChange {
  record Changed() implements PasswordChange {}

  record Rejected(List<FieldError> errors) implements PasswordChange {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
