package com.didtron.domain.account;

import com.didtron.domain.money.AmountParser;
import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user enters to create or change an account. {@link #validate()} lists every problem at
 * once, each tied to its field, so a form can show them all.
 */
public record AccountDraft(
    String name,
    AccountKind kind,
    String currency,
    BillingMode billingMode,
    BigDecimal creditLimit,
    AccountStatus status,
    String email) {

  /** A problem with one field of the draft. */
  public record FieldError(String field, String message) {}

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "Name is required"));
    } else if (name.strip().length() > 120) {
      errors.add(new FieldError("name", "Name is longer than 120 characters"));
    }
    if (kind == null) {
      errors.add(new FieldError("kind", "Choose customer, carrier or both"));
    }
    try {
      CurrencyCode.of(currency);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("currency", "Currency: " + e.getMessage()));
    }
    if (billingMode == null) {
      errors.add(new FieldError("billingMode", "Choose prepaid or postpaid"));
    }
    validateCreditLimit(errors);
    if (status == null) {
      errors.add(new FieldError("status", "Status is required"));
    }
    if (email != null
        && !email.isBlank()
        && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new FieldError("email", "Not an email address"));
    }
    return List.copyOf(errors);
  }

  private void validateCreditLimit(List<FieldError> errors) {
    BigDecimal limit = creditLimit == null ? BigDecimal.ZERO : creditLimit;
    Optional<String> bounds = AmountParser.problem(limit);
    if (bounds.isPresent()) {
      errors.add(new FieldError("creditLimit", bounds.get()));
    } else if (limit.signum() < 0) {
      errors.add(new FieldError("creditLimit", "Credit limit cannot be negative"));
    } else if (limit.scale() > 6) {
      errors.add(new FieldError("creditLimit", "Credit limit has more than 6 decimals"));
    } else if (billingMode == BillingMode.PREPAID && limit.signum() > 0) {
      errors.add(new FieldError("creditLimit", "Prepaid accounts have no credit limit"));
    }
  }

  /** The same draft under another name. */
  public AccountDraft withName(String newName) {
    return new AccountDraft(newName, kind, currency, billingMode, creditLimit, status, email);
  }

  /** The draft with blanks trimmed and defaults applied; call after {@link #validate()} passed. */
  public AccountDraft normalized() {
    return new AccountDraft(
        name.strip(),
        kind,
        CurrencyCode.of(currency).code(),
        billingMode,
        creditLimit == null ? BigDecimal.ZERO : creditLimit,
        status,
        email == null || email.isBlank() ? null : email.strip());
  }
}
