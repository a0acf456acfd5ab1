package com.didtron.activities.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.trunk.AccountLimits;
import java.util.List;

/** The outcome of setting an account's limits: saved, or refused with what is wrong per field. */
public sealed interface LimitsChange {
  record Saved(AccountLimits limits) implements LimitsChange {}

  record Rejected(List<FieldError> errors) implements LimitsChange {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
