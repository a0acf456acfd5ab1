package com.didtron.ui.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;

/** Shows a service's per-field reasons next to the fields; returns those no field shows. */
final class FieldErrors {
  private FieldErrors() {}

  static List<FieldError> show(Map<String, HasValidation> fields, List<FieldError> errors) {
    fields.values().forEach(f -> f.setInvalid(false));
    for (FieldError e : errors) {
      HasValidation f = fields.get(e.field());
      if (f != null) {
        f.setErrorMessage(e.message());
        f.setInvalid(true);
      }
    }
    return errors.stream().filter(e -> !fields.containsKey(e.field())).toList();
  }
}
