package com.didtron.activities.invoicing;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Until DIDs exist: no accruals (the line type exists and is tested with another source). */
@Component
class NoDidAccruals implements DidAccrualSource {
  @Override
  public List<Accrual> accruals(
      TenantId tenant, AccountId account, CurrencyCode currency, BillingPeriod period) {
    return List.of();
  }
}
