package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.ACCOUNT_LIMITS;

import com.didtron.activities.db.tables.records.AccountLimitsRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.LimitsDraft;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code account_limits} table: one row per account once its limits are set. */
@Repository
class JooqAccountLimitsRepository {
  private final DSLContext db;

  JooqAccountLimitsRepository(DSLContext db) {
    this.db = db;
  }

  Optional<AccountLimits> get(AccountId account) {
    return db.selectFrom(ACCOUNT_LIMITS)
        .where(ACCOUNT_LIMITS.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqAccountLimitsRepository::toLimits);
  }

  AccountLimits put(TenantId tenant, AccountId account, LimitsDraft d, Instant now) {
    AccountLimitsRecord r = db.newRecord(ACCOUNT_LIMITS);
    r.setAccountId(account.value());
    r.setTenantId(tenant.value());
    r.setMaxChannels(d.maxChannels());
    r.setMaxCps(d.maxCps());
    r.setDailySpendCap(d.dailySpendCap());
    r.setMaxRatePerMinute(d.maxRatePerMinute());
    r.setBlockedPrefixes(d.blockedPrefixes().toArray(String[]::new));
    r.setUpdatedAt(now);
    db.insertInto(ACCOUNT_LIMITS)
        .set(r)
        .onConflict(ACCOUNT_LIMITS.ACCOUNT_ID)
        .doUpdate()
        .set(r)
        .execute();
    return toLimits(r);
  }

  private static AccountLimits toLimits(AccountLimitsRecord r) {
    return new AccountLimits(
        new AccountId(r.getAccountId()),
        r.getMaxChannels(),
        r.getMaxCps(),
        r.getDailySpendCap(),
        r.getMaxRatePerMinute(),
        List.of(r.getBlockedPrefixes()),
        r.getUpdatedAt());
  }
}
