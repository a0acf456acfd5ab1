package com.didtron.activities.fraud;

import static com.didtron.activities.db.Tables.FRAUD_EVENT;
import static org.jooq.impl.DSL.max;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.fraud.FraudEventId;
import com.didtron.domain.fraud.FraudMetric;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The {@code fraud_event} table. */
@Repository
class JooqFraudEvents {
  private final DSLContext db;

  JooqFraudEvents(DSLContext db) {
    this.db = db;
  }

  /** The open event of the account and metric, locked for the rest of the transaction. */
  Optional<FraudEvent> openForUpdate(AccountId account, FraudMetric metric) {
    return db.selectFrom(FRAUD_EVENT)
        .where(
            FRAUD_EVENT.ACCOUNT_ID.eq(account.value()),
            FRAUD_EVENT.METRIC.eq(metric.name()),
            FRAUD_EVENT.CLEARED_AT.isNull())
        .forUpdate()
        .fetchOptional(JooqFraudEvents::toEvent);
  }

  /** When staff last cleared an event of the account and metric. */
  Optional<Instant> lastCleared(AccountId account, FraudMetric metric) {
    return Optional.ofNullable(
        db.select(max(FRAUD_EVENT.CLEARED_AT))
            .from(FRAUD_EVENT)
            .where(FRAUD_EVENT.ACCOUNT_ID.eq(account.value()), FRAUD_EVENT.METRIC.eq(metric.name()))
            .fetchOne()
            .value1());
  }

  void insert(FraudEvent e) {
    db.insertInto(FRAUD_EVENT)
        .set(FRAUD_EVENT.ID, e.id().value())
        .set(FRAUD_EVENT.TENANT_ID, e.tenantId().value())
        .set(FRAUD_EVENT.ACCOUNT_ID, e.accountId().value())
        .set(FRAUD_EVENT.METRIC, e.metric().name())
        .set(FRAUD_EVENT.OBSERVED, e.observed())
        .set(FRAUD_EVENT.THRESHOLD, e.threshold())
        .set(FRAUD_EVENT.SAMPLE, e.sample())
        .set(FRAUD_EVENT.ACTION, e.action().name())
        .set(FRAUD_EVENT.REASON, e.reason())
        .set(FRAUD_EVENT.OPENED_AT, e.openedAt())
        .set(FRAUD_EVENT.UPDATED_AT, e.openedAt())
        .execute();
  }

  void escalate(FraudEventId id, Finding f, Instant at) {
    db.update(FRAUD_EVENT)
        .set(FRAUD_EVENT.OBSERVED, f.observed())
        .set(FRAUD_EVENT.THRESHOLD, f.threshold())
        .set(FRAUD_EVENT.SAMPLE, f.sample())
        .set(FRAUD_EVENT.ACTION, f.action().name())
        .set(FRAUD_EVENT.REASON, f.reason())
        .set(FRAUD_EVENT.UPDATED_AT, at)
        .where(FRAUD_EVENT.ID.eq(id.value()))
        .execute();
  }

  /** Clears an open event; false when it was cleared already. */
  boolean clear(FraudEventId id, String by, String note, Instant at) {
    return db.update(FRAUD_EVENT)
            .set(FRAUD_EVENT.CLEARED_AT, at)
            .set(FRAUD_EVENT.CLEARED_BY, by)
            .set(FRAUD_EVENT.CLEAR_NOTE, note)
            .set(FRAUD_EVENT.UPDATED_AT, at)
            .where(FRAUD_EVENT.ID.eq(id.value()), FRAUD_EVENT.CLEARED_AT.isNull())
            .execute()
        == 1;
  }

  Optional<FraudEvent> get(TenantId tenant, FraudEventId id) {
    return db.selectFrom(FRAUD_EVENT)
        .where(FRAUD_EVENT.ID.eq(id.value()), FRAUD_EVENT.TENANT_ID.eq(tenant.value()))
        .fetchOptional(JooqFraudEvents::toEvent);
  }

  /** Whether another open event of the account blocks its calls. */
  boolean otherOpenBlock(AccountId account, FraudEventId except) {
    return db.fetchExists(
        FRAUD_EVENT,
        FRAUD_EVENT.ACCOUNT_ID.eq(account.value()),
        FRAUD_EVENT.ID.ne(except.value()),
        FRAUD_EVENT.CLEARED_AT.isNull(),
        FRAUD_EVENT.ACTION.eq(FraudAction.BLOCK.name()));
  }

  /** A tenant's events, newest first. */
  List<FraudEvent> find(TenantId tenant, FraudFilter filter) {
    List<Condition> where = new ArrayList<>();
    where.add(FRAUD_EVENT.TENANT_ID.eq(tenant.value()));
    if (filter.account() != null) {
      where.add(FRAUD_EVENT.ACCOUNT_ID.eq(filter.account().value()));
    }
    if (filter.metric() != null) {
      where.add(FRAUD_EVENT.METRIC.eq(filter.metric().name()));
    }
    if (filter.action() != null) {
      where.add(FRAUD_EVENT.ACTION.eq(filter.action().name()));
    }
    if (filter.openOnly()) {
      where.add(FRAUD_EVENT.CLEARED_AT.isNull());
    }
    return db.selectFrom(FRAUD_EVENT)
        .where(where)
        .orderBy(FRAUD_EVENT.OPENED_AT.desc(), FRAUD_EVENT.ID)
        .limit(filter.limit())
        .fetch(JooqFraudEvents::toEvent);
  }

  private static FraudEvent toEvent(Record r) {
    return new FraudEvent(
        new FraudEventId(r.get(FRAUD_EVENT.ID)),
        new TenantId(r.get(FRAUD_EVENT.TENANT_ID)),
        new AccountId(r.get(FRAUD_EVENT.ACCOUNT_ID)),
        null,
        FraudMetric.valueOf(r.get(FRAUD_EVENT.METRIC)),
        r.get(FRAUD_EVENT.OBSERVED),
        r.get(FRAUD_EVENT.THRESHOLD),
        r.get(FRAUD_EVENT.SAMPLE),
        FraudAction.valueOf(r.get(FRAUD_EVENT.ACTION)),
        r.get(FRAUD_EVENT.REASON),
        r.get(FRAUD_EVENT.OPENED_AT),
        r.get(FRAUD_EVENT.CLEARED_AT),
        r.get(FRAUD_EVENT.CLEARED_BY),
        r.get(FRAUD_EVENT.CLEAR_NOTE));
  }
}
