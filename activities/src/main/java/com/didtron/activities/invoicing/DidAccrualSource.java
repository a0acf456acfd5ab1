package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.List;

/**
 * DID rental accrued over a billing period (pay-as-you-go: rental is accrued, never a
 * subscription). The invoice shows each accrual as a DID_ACCRUAL line; the daily rental run already
 * posted it to the ledger (customer against revenue), so the invoice does not post it again. The
 * implementation is {@link DidRentalAccruals} (the {@code did_accrual} rows of the period).
 */
interface DidAccrualSource {
  /** One number's rental over (part of) the period. */
  record Accrual(String description, BigDecimal amount) {}

  List<Accrual> accruals(
      TenantId tenant, AccountId account, CurrencyCode currency, BillingPeriod period);
}
