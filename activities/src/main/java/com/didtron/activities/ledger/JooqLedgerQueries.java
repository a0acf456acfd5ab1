package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.JOURNAL_ENTRY;
import static com.didtron.activities.db.Tables.LEDGER_USAGE_BATCH;
import static com.didtron.activities.db.Tables.POSTING;

import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LedgerQueries} over the ledger's tables. */
@Component
@Transactional(readOnly = true)
class JooqLedgerQueries implements LedgerQueries {
  private static final String USAGE = SourceType.CDR_BATCH.name();

  private final DSLContext db;

  JooqLedgerQueries(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<UsagePosting> usagePostings(
      TenantId tenant, LedgerAccountId account, CurrencyCode currency, Instant postedBefore) {
    Condition c = JOURNAL_ENTRY.TENANT_ID.eq(tenant.value());
    if (postedBefore != null) {
      c = c.and(JOURNAL_ENTRY.POSTED_AT.lt(postedBefore));
    }
    return usage(account, currency, c);
  }

  @Override
  public List<UsagePosting> usagePostings(
      LedgerAccountId account, CurrencyCode currency, LocalDate from, LocalDate to) {
    return usage(account, currency, JOURNAL_ENTRY.EFFECTIVE_DATE.between(from, to));
  }

  private List<UsagePosting> usage(LedgerAccountId account, CurrencyCode currency, Condition c) {
    return db.select(
            JOURNAL_ENTRY.ID,
            JOURNAL_ENTRY.ENTRY_NO,
            JOURNAL_ENTRY.SOURCE_ID,
            JOURNAL_ENTRY.EFFECTIVE_DATE,
            LEDGER_USAGE_BATCH.SOURCE,
            POSTING.AMOUNT,
            POSTING.MEMO)
        .from(JOURNAL_ENTRY)
        .join(POSTING)
        .on(POSTING.ENTRY_ID.eq(JOURNAL_ENTRY.ID))
        .leftJoin(LEDGER_USAGE_BATCH)
        .on(LEDGER_USAGE_BATCH.BATCH_ID.cast(String.class).eq(JOURNAL_ENTRY.SOURCE_ID))
        .where(c)
        .and(JOURNAL_ENTRY.SOURCE_TYPE.eq(USAGE))
        .and(POSTING.LEDGER_ACCOUNT_ID.eq(account.value()))
        .and(POSTING.CURRENCY.eq(currency.code()))
        .orderBy(JOURNAL_ENTRY.ENTRY_NO, POSTING.ID)
        .fetch(
            r ->
                new UsagePosting(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    new Money(r.value6(), currency),
                    r.value7()));
  }

  @Override
  public Map<UUID, Money> postedPerEntry(
      Collection<UUID> entries, LedgerAccountId account, CurrencyCode currency) {
    Map<UUID, Money> out = new HashMap<>();
    if (entries.isEmpty()) {
      return out;
    }
    db.select(POSTING.ENTRY_ID, DSL.sum(POSTING.AMOUNT))
        .from(POSTING)
        .where(POSTING.ENTRY_ID.eq(DSL.any(entries.toArray(UUID[]::new))))
        .and(POSTING.LEDGER_ACCOUNT_ID.eq(account.value()))
        .and(POSTING.CURRENCY.eq(currency.code()))
        .groupBy(POSTING.ENTRY_ID)
        .forEach(r -> out.put(r.value1(), new Money(r.value2(), currency)));
    return out;
  }

  @Override
  public Map<UUID, String> sourceIds(Collection<UUID> entries) {
    Map<UUID, String> out = new HashMap<>();
    if (!entries.isEmpty()) {
      db.select(JOURNAL_ENTRY.ID, JOURNAL_ENTRY.SOURCE_ID)
          .from(JOURNAL_ENTRY)
          .where(JOURNAL_ENTRY.ID.eq(DSL.any(entries.toArray(UUID[]::new))))
          .forEach(r -> out.put(r.value1(), r.value2()));
    }
    return out;
  }

  @Override
  public List<EntryPosting> postings(
      LedgerAccountId account,
      CurrencyCode currency,
      LocalDate from,
      LocalDate to,
      Set<SourceType> excluded) {
    return db.select(
            JOURNAL_ENTRY.ENTRY_NO,
            JOURNAL_ENTRY.EFFECTIVE_DATE,
            JOURNAL_ENTRY.SOURCE_TYPE,
            JOURNAL_ENTRY.SOURCE_ID,
            JOURNAL_ENTRY.DESCRIPTION,
            POSTING.AMOUNT)
        .from(POSTING)
        .join(JOURNAL_ENTRY)
        .on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
        .where(on(account, currency, excluded))
        .and(JOURNAL_ENTRY.EFFECTIVE_DATE.ge(from))
        .and(JOURNAL_ENTRY.EFFECTIVE_DATE.lt(to))
        .orderBy(JOURNAL_ENTRY.ENTRY_NO, POSTING.ID)
        .fetch(
            r ->
                new EntryPosting(
                    r.value1(),
                    r.value2(),
                    new SourceRef(SourceType.valueOf(r.value3()), r.value4()),
                    r.value5(),
                    new Money(r.value6(), currency)));
  }

  @Override
  public Money postedBefore(
      LedgerAccountId account, CurrencyCode currency, LocalDate before, Set<SourceType> excluded) {
    BigDecimal sum =
        db.select(DSL.sum(POSTING.AMOUNT))
            .from(POSTING)
            .join(JOURNAL_ENTRY)
            .on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
            .where(on(account, currency, excluded))
            .and(JOURNAL_ENTRY.EFFECTIVE_DATE.lt(before))
            .fetchSingle()
            .value1();
    return new Money(sum == null ? BigDecimal.ZERO : sum, currency);
  }

  @Override
  public List<DayTotal> dailyTotals(
      LedgerAccountId account,
      CurrencyCode currency,
      LocalDate from,
      LocalDate to,
      SourceType kind) {
    return db.select(JOURNAL_ENTRY.EFFECTIVE_DATE, DSL.sum(POSTING.AMOUNT), DSL.count())
        .from(POSTING)
        .join(JOURNAL_ENTRY)
        .on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
        .where(on(account, currency, Set.of()))
        .and(JOURNAL_ENTRY.SOURCE_TYPE.eq(kind.name()))
        .and(JOURNAL_ENTRY.EFFECTIVE_DATE.ge(from))
        .and(JOURNAL_ENTRY.EFFECTIVE_DATE.lt(to))
        .groupBy(JOURNAL_ENTRY.EFFECTIVE_DATE)
        .orderBy(JOURNAL_ENTRY.EFFECTIVE_DATE)
        .fetch(r -> new DayTotal(r.value1(), new Money(r.value2(), currency), r.value3()));
  }

  private static Condition on(
      LedgerAccountId account, CurrencyCode currency, Set<SourceType> excluded) {
    Condition c =
        POSTING.LEDGER_ACCOUNT_ID.eq(account.value()).and(POSTING.CURRENCY.eq(currency.code()));
    return excluded.isEmpty()
        ? c
        : c.and(JOURNAL_ENTRY.SOURCE_TYPE.notIn(excluded.stream().map(SourceType::name).toList()));
  }
}
