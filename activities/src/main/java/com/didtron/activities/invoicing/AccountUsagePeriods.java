package com.didtron.activities.invoicing;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.tenant.TenantId;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The billing period of a call from its account's billing terms (cycle and time zone) as they stand
 * when the batch is rated; each account's terms are read once per batch.
 */
@Component
class AccountUsagePeriods implements UsagePeriods {
  private final Accounts accounts;

  AccountUsagePeriods(Accounts accounts) {
    this.accounts = accounts;
  }

  private record Terms(BillingCycle cycle, ZoneId zone) {}

  @Override
  public Resolver forTenant(UUID tenant) {
    Map<UUID, Terms> terms = new HashMap<>();
    return (account, callStart) -> {
      Terms t = terms.computeIfAbsent(account, a -> read(tenant, a));
      return BillingPeriod.containing(t.cycle(), callStart, t.zone()).startsAt(t.zone());
    };
  }

  private Terms read(UUID tenant, UUID account) {
    return accounts
        .billed(new TenantId(tenant), new AccountId(account))
        .map(b -> new Terms(b.terms().cycle(), b.terms().zone()))
        .orElse(new Terms(BillingCycle.MONTHLY, BillingTerms.DEFAULT.zone()));
  }
}
