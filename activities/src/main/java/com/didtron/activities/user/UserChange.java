package com.didtron.activities.user;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.user.User;
import java.util.List;

/** The outcome of creating a user: created (with its one-time password), or rejected per field. */
public sealed interface UserChange {
  /** The password is shown once and never stored in clear. */
  record Created(User user, String oneTimePassword) implements UserChange {}

  record Rejected(List<FieldError> errors) implements UserChange {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
