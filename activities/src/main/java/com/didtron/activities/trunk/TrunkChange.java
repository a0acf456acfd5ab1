package com.didtron.activities.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.trunk.Trunk;
import java.util.List;

/** The outcome of saving a trunk: saved, or refused with what is wrong per field. */
public sealed interface TrunkChange {
  record Saved(Trunk trunk) implements TrunkChange {}

  record Rejected(List<FieldError> errors) implements TrunkChange {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
