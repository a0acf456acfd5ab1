package com.didtron.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountDraftTest {
  private static AccountDraft draft(
      String name, String currency, BillingMode mode, String limit, String email) {
    return new AccountDraft(
        name,
        AccountKind.CUSTOMER,
        currency,
        mode,
        limit == null ? null : new BigDecimal(limit),
        AccountStatus.ACTIVE,
        email);
  }

  @Test
  void aCompleteDraftHasNoErrors() {
    assertThat(draft("Acme", "USD", BillingMode.POSTPAID, "500", "billing@acme.example").validate())
        .isEmpty();
  }

  @Test
  void listsEveryProblemAtOnceEachWithItsField() {
    var errors = draft(" ", "US", null, "-1", "not-an-email").validate();
    assertThat(errors)
        .extracting(AccountDraft.FieldError::field)
        .containsExactlyInAnyOrder("name", "currency", "billingMode", "creditLimit", "email");
  }

  @Test
  void prepaidAccountsCannotHaveCredit() {
    assertThat(draft("Acme", "USD", BillingMode.PREPAID, "10", null).validate())
        .extracting(AccountDraft.FieldError::message)
        .containsExactly("Prepaid accounts have no credit limit");
  }

  @Test
  void creditLimitKeepsAtMostSixDecimals() {
    assertThat(draft("Acme", "USD", BillingMode.POSTPAID, "1.1234567", null).validate())
        .extracting(AccountDraft.FieldError::field)
        .containsExactly("creditLimit");
  }

  @Test
  void normalizingTrimsAndUppercasesAndDefaultsTheLimit() {
    AccountDraft d = draft("  Acme  ", "eur", BillingMode.PREPAID, null, " ").normalized();
    assertThat(d.name()).isEqualTo("Acme");
    assertThat(d.currency()).isEqualTo("EUR");
    assertThat(d.creditLimit()).isEqualByComparingTo("0");
    assertThat(d.email()).isNull();
  }
}
