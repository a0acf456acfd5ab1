package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.BillingTerms;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The billing period of a call from its account's billing terms (cycle and time zone) as they stand
 * when the batch is rated; each account's terms are read once per batch.
 */
@Component
class AccountUsagePeriods implements UsagePeriods {
  private final DSLContext db;

  AccountUsagePeriods(DSLContext db) {
    this.db = db;
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
    return db.select(ACCOUNT.BILLING_CYCLE, ACCOUNT.BILLING_TIME_ZONE).from(ACCOUNT)
        .where(ACCOUNT.ID.eq(account).and(ACCOUNT.TENANT_ID.eq(tenant)))
        .fetchOptional(r -> new Terms(BillingCycle.valueOf(r.value1()), BillingTerms.zone(r.value2())))
        .orElse(new Terms(BillingCycle.MONTHLY, BillingTerms.DEFAULT.zone()));
  }
}
