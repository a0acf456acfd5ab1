package com.didtron.domain.payment;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.money.AmountParser;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What someone enters to top up (or adjust) a balance, checked field by field: a positive amount in
 * a known currency, with at most the currency's minor units for card/PayPal payments (6 decimals
 * for manual entries), and a reason where one is required.
 */
public record TopUpInput(String amount, String currency, String reason) {

  /** The problems, each tied to its field; empty when the input can be used. */
  public List<FieldError> validate(boolean cardPayment, boolean reasonRequired) {
    List<FieldError> errors = new ArrayList<>();
    BigDecimal value = parse(errors);
    CurrencyCode code = currency(errors);
    if (value != null && code != null) {
      int decimals =
          cardPayment
              ? Math.max(0, Currency.getInstance(code.code()).getDefaultFractionDigits())
              : Money.SCALE;
      if (value.stripTrailingZeros().scale() > decimals) {
        errors.add(
            new FieldError("amount", code + " amounts have at most " + decimals + " decimals"));
      }
    }
    if (reasonRequired && (reason == null || reason.strip().length() < 3)) {
      errors.add(new FieldError("reason", "Give a reason (at least 3 characters)"));
    }
    return List.copyOf(errors);
  }

  /** The amount as money; call only after {@link #validate} found nothing. */
  public Money money() {
    BigDecimal v = AmountParser.require(amount).stripTrailingZeros();
    return new Money(v.scale() < 0 ? v.setScale(0) : v, CurrencyCode.of(currency));
  }

  private BigDecimal parse(List<FieldError> errors) {
    return switch (AmountParser.parse(amount)) {
      case AmountParser.Refused r -> {
        errors.add(new FieldError("amount", r.reason()));
        yield null;
      }
      case AmountParser.Amount a when a.value().signum() <= 0 -> {
        errors.add(new FieldError("amount", "The amount must be greater than zero"));
        yield null;
      }
      case AmountParser.Amount a -> a.value();
    };
  }

  private CurrencyCode currency(List<FieldError> errors) {
    try {
      return CurrencyCode.of(currency);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("currency", "Currency: " + e.getMessage()));
      return null;
    }
  }
}
