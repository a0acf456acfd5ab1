package com.didtron.ui.api.account;

import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import java.math.BigDecimal;

/** What a caller sends to create an account; missing status means ACTIVE. */
public record AccountRequest(
    String name,
    AccountKind kind,
    String currency,
    BillingMode billingMode,
    BigDecimal creditLimit,
    AccountStatus status,
    String email) {
  AccountDraft toDraft() {
    return new AccountDraft(
        name,
        kind,
        currency,
        billingMode,
        creditLimit,
        status == null ? AccountStatus.ACTIVE : status,
        email);
  }
}
