package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.List;

/**
 * DID rental accrued over a billing period (pay-as-you-go: rental is accrued, never a
 * subscription). The invoice shows each accrual as a DID_ACCRUAL line and posts it (customer
 * against revenue) with the invoice's entry. DIDs do not exist in DIDTron yet, so the only
 * implementation, {@link NoDidAccruals}, returns nothing; the DID feature provides the real one.
 */
interface DidAccrualSource {
  /** One number's rental over (part of) the period. */
  record Accrual(String description, BigDecimal amount) {}

  List<Accrual> accruals(
      TenantId tenant, AccountId account, CurrencyCode currency, BillingPeriod period);
}
