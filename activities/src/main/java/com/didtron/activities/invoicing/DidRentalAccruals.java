package com.didtron.activities.invoicing;

import com.didtron.activities.did.DidAccruals;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The invoice's DID_ACCRUAL lines: one per number with the days charged in the period. */
@Component
class DidRentalAccruals implements DidAccrualSource {
  private final DidAccruals accruals;

  DidRentalAccruals(DidAccruals accruals) {
    this.accruals = accruals;
  }

  @Override
  public List<Accrual> accruals(
      TenantId tenant, AccountId account, CurrencyCode currency, BillingPeriod period) {
    return accruals.byNumber(tenant, account, currency, period.start(), period.end()).stream()
        .map(
            n ->
                new Accrual(
                    "+" + n.number() + " rental, " + n.days() + (n.days() == 1 ? " day" : " days"),
                    n.amount()))
        .toList();
  }
}
