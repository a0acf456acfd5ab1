package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AccountTraffic} over the {@code cdr} table (indexes on account and carrier by start). */
@Component
class JooqAccountTraffic implements AccountTraffic {
  private final DSLContext db;

  JooqAccountTraffic(DSLContext db) {
    this.db = db;
  }

  @Override
  @Transactional(readOnly = true)
  public Set<AccountId> customersSince(Instant since) {
    return new HashSet<>(
        db.selectDistinct(CDR.ACCOUNT_ID)
            .from(CDR)
            .where(CDR.START_TIME.ge(since), CDR.ACCOUNT_ID.isNotNull())
            .fetch(r -> new AccountId(r.value1())));
  }

  @Override
  @Transactional(readOnly = true)
  public Set<AccountId> carriersSince(Instant since) {
    return new HashSet<>(
        db.selectDistinct(CDR.CARRIER_ID)
            .from(CDR)
            .where(CDR.START_TIME.ge(since), CDR.CARRIER_ID.isNotNull())
            .fetch(r -> new AccountId(r.value1())));
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerWindow customer(AccountId account, Instant from, Instant to, int shortSeconds) {
    Condition answered = CDR.DURATION.gt(BigDecimal.ZERO);
    Field<Integer> all = count();
    Field<Integer> up = count().filterWhere(answered);
    Field<Integer> brief =
        count().filterWhere(answered.and(CDR.DURATION.lt(BigDecimal.valueOf(shortSeconds))));
    Field<BigDecimal> spend = coalesce(sum(CDR.CUSTOMER_COST), BigDecimal.ZERO);
    Record4<Integer, Integer, Integer, BigDecimal> r =
        db.select(all, up, brief, spend)
            .from(CDR)
            .where(CDR.ACCOUNT_ID.eq(account.value()), within(from, to))
            .fetchOne();
    return new CustomerWindow(r.value1(), r.value2(), r.value3(), r.value4());
  }

  @Override
  @Transactional(readOnly = true)
  public CarrierWindow carrier(AccountId account, Instant from, Instant to) {
    var r =
        db.select(count(), coalesce(sum(CDR.CARRIER_COST), BigDecimal.ZERO))
            .from(CDR)
            .where(CDR.CARRIER_ID.eq(account.value()), within(from, to))
            .fetchOne();
    return new CarrierWindow(r.value1(), r.value2());
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChargedMinute> customerChargesSince(Instant since) {
    return charges(DSL.noCondition(), since);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ChargedMinute> customerChargesSince(AccountId account, Instant since) {
    return charges(CDR.ACCOUNT_ID.eq(account.value()), since);
  }

  private List<ChargedMinute> charges(Condition which, Instant since) {
    Field<Instant> minute =
        DSL.field("date_trunc('minute', {0})", CDR.RATED_AT.getDataType(), CDR.RATED_AT);
    Field<BigDecimal> amount = sum(CDR.CUSTOMER_COST);
    return db.select(CDR.ACCOUNT_ID, CDR.CUSTOMER_CURRENCY, minute, amount)
        .from(CDR)
        .where(
            which,
            CDR.START_TIME.ge(since),
            CDR.ACCOUNT_ID.isNotNull(),
            CDR.CUSTOMER_COST.gt(BigDecimal.ZERO),
            CDR.CUSTOMER_CURRENCY.isNotNull())
        .groupBy(CDR.ACCOUNT_ID, CDR.CUSTOMER_CURRENCY, minute)
        .orderBy(minute)
        .fetch(
            r ->
                new ChargedMinute(
                    new AccountId(r.value1()), r.value2().strip(), r.value3(), r.value4()));
  }

  private static Condition within(Instant from, Instant to) {
    return CDR.START_TIME.ge(from).and(CDR.START_TIME.lt(to));
  }
}
