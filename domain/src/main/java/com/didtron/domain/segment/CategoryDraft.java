package com.didtron.domain.segment;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.AmountParser;
import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A category as an admin enters it; {@link #validate()} lists every problem with its field. */
public record CategoryDraft(
    String code,
    String name,
    BillingMode billingMode,
    BigDecimal creditLimit,
    String currency,
    boolean selfSignup) {

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
      errors.add(new FieldError("code", "Code: 2 to 40 of A-Z, 0-9 and _, starting with a letter"));
    }
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      errors.add(new FieldError("name", "Name: 1 to 80 characters"));
    }
    if (billingMode == null) {
      errors.add(new FieldError("billingMode", "Choose prepaid or postpaid"));
    }
    BigDecimal limit = creditLimit == null ? BigDecimal.ZERO : creditLimit;
    Optional<String> bounds = AmountParser.problem(limit);
    if (bounds.isPresent()) {
      errors.add(new FieldError("creditLimit", bounds.get()));
    } else if (limit.signum() < 0) {
      errors.add(new FieldError("creditLimit", "Credit limit cannot be negative"));
    } else if (billingMode == BillingMode.PREPAID && limit.signum() > 0) {
      errors.add(new FieldError("creditLimit", "Prepaid categories have no credit limit"));
    }
    if (currency != null && !currency.isBlank()) {
      try {
        CurrencyCode.of(currency.strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("currency", "Currency: " + e.getMessage()));
      }
    }
    return List.copyOf(errors);
  }

  /** Blanks trimmed, a missing limit zero, a blank currency none; after {@link #validate()}. */
  public CategoryDraft normalized() {
    return new CategoryDraft(
        code.strip(),
        name.strip(),
        billingMode,
        creditLimit == null ? BigDecimal.ZERO : creditLimit,
        currency == null || currency.isBlank() ? null : CurrencyCode.of(currency.strip()).code(),
        selfSignup);
  }
}
