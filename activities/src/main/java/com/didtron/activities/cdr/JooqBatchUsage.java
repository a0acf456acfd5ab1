package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.USAGE_BATCH;
import static com.didtron.activities.db.Tables.USAGE_CHARGE_DESTINATION;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.usage.UsageCharge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link BatchUsage} over {@code usage_batch} and {@code usage_charge_destination}. */
@Component
@Transactional(readOnly = true)
class JooqBatchUsage implements BatchUsage {
  private final DSLContext db;

  JooqBatchUsage(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<Share> customerShares(
      AccountId account, CurrencyCode currency, Collection<UUID> batches) {
    return batches.isEmpty() ? List.of() : shares(account, currency, batches, DSL.noCondition());
  }

  @Override
  public List<Share> customerSharesBefore(
      AccountId account,
      CurrencyCode currency,
      Collection<UUID> batches,
      Instant before,
      Map<UUID, Set<Instant>> except) {
    if (batches.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = new ArrayList<>();
    List<Instant> periods = new ArrayList<>();
    except.forEach(
        (batch, starts) ->
            starts.forEach(
                p -> {
                  ids.add(batch);
                  periods.add(p);
                }));
    Condition c =
        USAGE_CHARGE_DESTINATION
            .PERIOD_START
            .isNotNull()
            .and(USAGE_CHARGE_DESTINATION.PERIOD_START.lt(before));
    if (!ids.isEmpty()) {
      c =
          c.and(
              DSL.condition(
                  "(usage_charge_destination.batch_id, usage_charge_destination.period_start) NOT IN "
                      + "(SELECT * FROM unnest(?::uuid[], ?::text[]::timestamptz[]))",
                  ids.toArray(UUID[]::new),
                  periods.stream().map(Instant::toString).toArray(String[]::new)));
    }
    return shares(account, currency, batches, c);
  }

  private List<Share> shares(
      AccountId account, CurrencyCode currency, Collection<UUID> batches, Condition c) {
    var s = USAGE_CHARGE_DESTINATION;
    return db.select(
            s.BATCH_ID, s.PERIOD_START, s.DESTINATION, s.AMOUNT, s.CALLS, s.BILLABLE_SECONDS)
        .from(s)
        .where(s.BATCH_ID.eq(DSL.any(batches.toArray(UUID[]::new))))
        .and(s.ACCOUNT_ID.eq(account.value()))
        .and(s.LEG.eq(UsageCharge.Leg.CUSTOMER.name()))
        .and(s.CURRENCY.eq(currency.code()))
        .and(c)
        .orderBy(s.BATCH_ID, s.PERIOD_START, s.DESTINATION)
        .fetch(
            r ->
                new Share(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    new Money(r.value4(), currency),
                    r.value5(),
                    r.value6()));
  }

  @Override
  public Set<UUID> written(Collection<UUID> batches) {
    Set<UUID> out = new HashSet<>();
    if (!batches.isEmpty()) {
      db.select(USAGE_BATCH.ID)
          .from(USAGE_BATCH)
          .where(USAGE_BATCH.ID.eq(DSL.any(batches.toArray(UUID[]::new))))
          .forEach(r -> out.add(r.value1()));
    }
    return out;
  }
}
