package com.didtron.activities.segment;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountDraft.FieldError;
import java.util.List;

/** The outcome of a category, group or account placement change: saved, or refused per field. */
@Facade
public sealed interface SegmentChange<T> {
  record Saved<T>(T value) implements SegmentChange<T> {}

  record Rejected<T>(List<FieldError> errors) implements SegmentChange<T> {
    public Rejected {
      errors = List.copyOf(errors);
    }

    static <T> Rejected<T> of(String field, String message) {
      return new Rejected<>(List.of(new FieldError(field, message)));
    }
  }
}
