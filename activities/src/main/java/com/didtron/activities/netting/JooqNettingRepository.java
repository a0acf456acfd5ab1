package com.didtron.activities.netting;

import static com.didtron.activities.db.Tables.NETTING_REQUEST;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.NettingRequestRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingDecision;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.netting.NettingStatus;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Netting requests in PostgreSQL; records never leave this class. */
@Repository
class JooqNettingRepository {
  private static final Field<Boolean> HAS_PDF =
      DSL.field(NETTING_REQUEST.PDF.isNotNull()).as("has_pdf");

  private final DSLContext db;
  private final Accounts directory;

  JooqNettingRepository(DSLContext db, Accounts directory) {
    this.db = db;
    this.directory = directory;
  }

  /** Stores a proposal unless (account, currency, period) has one; true when stored. */
  boolean propose(
      TenantId tenant,
      AccountId account,
      CurrencyCode currency,
      String period,
      NettingDecision.Outcome o,
      BigDecimal threshold,
      Instant at,
      String workflowId) {
    return db.insertInto(NETTING_REQUEST)
            .set(NETTING_REQUEST.ID, UUID.randomUUID())
            .set(NETTING_REQUEST.TENANT_ID, tenant.value())
            .set(NETTING_REQUEST.ACCOUNT_ID, account.value())
            .set(NETTING_REQUEST.CURRENCY, currency.code())
            .set(NETTING_REQUEST.PERIOD_KEY, period)
            .set(NETTING_REQUEST.CUSTOMER_OWES, o.customerOwes())
            .set(NETTING_REQUEST.WE_OWE, o.weOwe())
            .set(NETTING_REQUEST.DISPUTED, o.disputed())
            .set(NETTING_REQUEST.OFFSET_AMOUNT, o.offset().orElseThrow())
            .set(NETTING_REQUEST.THRESHOLD, threshold)
            .set(NETTING_REQUEST.STATUS, NettingStatus.PROPOSED)
            .set(NETTING_REQUEST.PROPOSED_AT, at)
            .set(NETTING_REQUEST.WORKFLOW_ID, workflowId)
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  boolean hasOpenProposal(AccountId account, CurrencyCode currency) {
    return db.fetchExists(
        NETTING_REQUEST,
        NETTING_REQUEST
            .ACCOUNT_ID
            .eq(account.value())
            .and(NETTING_REQUEST.CURRENCY.eq(currency.code()))
            .and(NETTING_REQUEST.STATUS.eq(NettingStatus.PROPOSED)));
  }

  Optional<NettingRequestRecord> lock(UUID id) {
    return db.selectFrom(NETTING_REQUEST)
        .where(NETTING_REQUEST.ID.eq(id))
        .forUpdate()
        .fetchOptional();
  }

  Optional<NettingRequest> get(UUID id) {
    return select().where(NETTING_REQUEST.ID.eq(id)).fetchOptional().map(this::toRequest);
  }

  Page<NettingRequest> find(TenantId tenant, AccountId account, String status, PageRequest page) {
    Condition c = NETTING_REQUEST.TENANT_ID.eq(tenant.value());
    if (account != null) {
      c = c.and(NETTING_REQUEST.ACCOUNT_ID.eq(account.value()));
    }
    if (status != null) {
      c =
          c.and(
              Arrays.stream(NettingStatus.values())
                  .filter(s -> s.name().equals(status))
                  .findFirst()
                  .map(NETTING_REQUEST.STATUS::eq)
                  .orElse(DSL.falseCondition()));
    }
    long total = db.fetchCount(NETTING_REQUEST, c);
    return new Page<>(
        toRequests(
            select()
                .where(c)
                .orderBy(NETTING_REQUEST.PROPOSED_AT.desc(), NETTING_REQUEST.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch()),
        total);
  }

  Optional<byte[]> pdf(UUID id) {
    return db.select(NETTING_REQUEST.PDF)
        .from(NETTING_REQUEST)
        .where(NETTING_REQUEST.ID.eq(id))
        .fetchOptional(NETTING_REQUEST.PDF);
  }

  private SelectJoinStep<Record> select() {
    return db.select(NETTING_REQUEST.asterisk().except(NETTING_REQUEST.PDF))
        .select(HAS_PDF)
        .from(NETTING_REQUEST);
  }

  private NettingRequest toRequest(Record r) {
    return toRequests(List.of(r)).getFirst();
  }

  private List<NettingRequest> toRequests(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(NETTING_REQUEST.ACCOUNT_ID))).toList());
    return rows.stream()
        .map(r -> toRequest(r, names.get(new AccountId(r.get(NETTING_REQUEST.ACCOUNT_ID)))))
        .collect(Collectors.toList());
  }

  static NettingRequest toRequest(Record r, String accountName) {
    CurrencyCode currency = new CurrencyCode(r.get(NETTING_REQUEST.CURRENCY));
    return new NettingRequest(
        r.get(NETTING_REQUEST.ID),
        new TenantId(r.get(NETTING_REQUEST.TENANT_ID)),
        new AccountId(r.get(NETTING_REQUEST.ACCOUNT_ID)),
        accountName,
        currency,
        r.get(NETTING_REQUEST.PERIOD_KEY),
        new Money(r.get(NETTING_REQUEST.CUSTOMER_OWES), currency),
        new Money(r.get(NETTING_REQUEST.WE_OWE), currency),
        new Money(r.get(NETTING_REQUEST.DISPUTED), currency),
        new Money(r.get(NETTING_REQUEST.OFFSET_AMOUNT), currency),
        new Money(r.get(NETTING_REQUEST.THRESHOLD), currency),
        r.get(NETTING_REQUEST.STATUS),
        r.get(NETTING_REQUEST.NUMBER),
        r.get(NETTING_REQUEST.PROPOSED_AT),
        r.get(NETTING_REQUEST.WORKFLOW_ID),
        r.get(NETTING_REQUEST.DECIDED_BY),
        r.get(NETTING_REQUEST.DECIDED_AT),
        r.get(NETTING_REQUEST.DECISION_NOTE),
        Boolean.TRUE.equals(r.get(HAS_PDF)));
  }
}
