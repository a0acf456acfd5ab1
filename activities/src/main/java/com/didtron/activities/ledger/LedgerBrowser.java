package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.JOURNAL_ENTRY;
import static com.didtron.activities.db.Tables.LEDGER_ACCOUNT;
import static com.didtron.activities.db.Tables.LEDGER_BALANCE;
import static com.didtron.activities.db.Tables.LEDGER_SOURCE_KIND;
import static com.didtron.activities.db.Tables.POSTING;

import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.ledger.TrialBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger for people (finance staff, auditors): balances of the chart, an account's postings,
 * one entry with its source document and the workflow that posted it, the trial balance. Every
 * method checks {@link LedgerAccess} and stays within the actor's tenant.
 */
@Service
public class LedgerBrowser {
  private final DSLContext db;
  private final WorkflowIndex runs;
  private final Ledger ledger;
  private final JsonMapper json;

  LedgerBrowser(DSLContext db, Ledger ledger, JsonMapper json, WorkflowIndex runs) {
    this.db = db;
    this.runs = runs;
    this.ledger = ledger;
    this.json = json;
  }

  /** A ledger account with its balance in one currency (currency and balance null when none). */
  public record BalanceRow(
      LedgerAccount account, CurrencyCode currency, BigDecimal balance, long postings) {}

  /** One posting as listed under its account. */
  public record PostingRow(
      long postingId,
      JournalEntryId entryId,
      long entryNo,
      LocalDate effectiveDate,
      String description,
      Money amount,
      SourceRef source,
      String memo) {}

  /** An entry with everything the browser shows around it. */
  public record EntryDetail(
      JournalEntry entry,
      Map<LedgerAccountId, LedgerAccount> accounts,
      JournalEntry reversedBy,
      Map<String, String> sourceDocument,
      String workflowRunId) {}

  @Transactional(readOnly = true)
  public List<BalanceRow> balances(Actor actor) {
    LedgerAccess.requireLedgerReader(actor);
    return db.select(LEDGER_ACCOUNT.fields())
        .select(LEDGER_BALANCE.CURRENCY, LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.POSTINGS)
        .from(LEDGER_ACCOUNT)
        .leftJoin(LEDGER_BALANCE)
        .on(LEDGER_BALANCE.LEDGER_ACCOUNT_ID.eq(LEDGER_ACCOUNT.ID))
        .where(LEDGER_ACCOUNT.TENANT_ID.eq(actor.tenantId().value()))
        .orderBy(LEDGER_ACCOUNT.CODE, LEDGER_BALANCE.CURRENCY)
        .fetch(
            r ->
                new BalanceRow(
                    ChartOfAccounts.toAccount(r.into(LEDGER_ACCOUNT)),
                    r.get(LEDGER_BALANCE.CURRENCY) == null
                        ? null
                        : new CurrencyCode(r.get(LEDGER_BALANCE.CURRENCY)),
                    r.get(LEDGER_BALANCE.BALANCE),
                    r.get(LEDGER_BALANCE.POSTINGS) == null ? 0 : r.get(LEDGER_BALANCE.POSTINGS)));
  }

  @Transactional(readOnly = true)
  public LedgerAccount account(Actor actor, LedgerAccountId id) {
    LedgerAccess.requireLedgerReader(actor);
    return ledger
        .chart()
        .get(id)
        .filter(a -> a.tenantId().equals(actor.tenantId()))
        .orElseThrow(() -> new AccessDenied("No such ledger account"));
  }

  /** The postings of one account, newest first. */
  @Transactional(readOnly = true)
  public Page<PostingRow> postings(Actor actor, LedgerAccountId id, PageRequest page) {
    account(actor, id);
    var where = POSTING.LEDGER_ACCOUNT_ID.eq(id.value());
    long total = db.fetchCount(POSTING, where);
    List<PostingRow> rows =
        db.select(
                POSTING.ID,
                POSTING.CURRENCY,
                POSTING.AMOUNT,
                POSTING.MEMO,
                JOURNAL_ENTRY.ID,
                JOURNAL_ENTRY.ENTRY_NO,
                JOURNAL_ENTRY.EFFECTIVE_DATE,
                JOURNAL_ENTRY.DESCRIPTION,
                JOURNAL_ENTRY.SOURCE_TYPE,
                JOURNAL_ENTRY.SOURCE_ID)
            .from(POSTING)
            .join(JOURNAL_ENTRY)
            .on(JOURNAL_ENTRY.ID.eq(POSTING.ENTRY_ID))
            .where(where)
            .orderBy(POSTING.ID.desc())
            .offset(page.offset())
            .limit(page.limit())
            .fetch(
                r ->
                    new PostingRow(
                        r.get(POSTING.ID),
                        new JournalEntryId(r.get(JOURNAL_ENTRY.ID)),
                        r.get(JOURNAL_ENTRY.ENTRY_NO),
                        r.get(JOURNAL_ENTRY.EFFECTIVE_DATE),
                        r.get(JOURNAL_ENTRY.DESCRIPTION),
                        new Money(r.get(POSTING.AMOUNT), new CurrencyCode(r.get(POSTING.CURRENCY))),
                        new SourceRef(
                            SourceType.valueOf(r.get(JOURNAL_ENTRY.SOURCE_TYPE)),
                            r.get(JOURNAL_ENTRY.SOURCE_ID)),
                        r.get(POSTING.MEMO)));
    return new Page<>(rows, total);
  }

  /** One entry, its accounts, its reversal (if any), its source document and workflow run. */
  @Transactional(readOnly = true)
  public EntryDetail entry(Actor actor, JournalEntryId id) {
    LedgerAccess.requireLedgerReader(actor);
    JournalEntry e =
        ledger
            .entry(actor.tenantId(), id)
            .orElseThrow(() -> new AccessDenied("No such journal entry"));
    Map<LedgerAccountId, LedgerAccount> accounts = new LinkedHashMap<>();
    e.lines()
        .forEach(
            l -> accounts.computeIfAbsent(l.account(), a -> ledger.chart().get(a).orElseThrow()));
    JournalEntry reversedBy =
        db.select(JOURNAL_ENTRY.ID)
            .from(JOURNAL_ENTRY)
            .where(JOURNAL_ENTRY.REVERSES_ENTRY_ID.eq(id.value()))
            .fetchOptional(JOURNAL_ENTRY.ID)
            .flatMap(r -> ledger.entry(actor.tenantId(), new JournalEntryId(r)))
            .orElse(null);
    return new EntryDetail(
        e, accounts, reversedBy, sourceDocument(e.source()), runOf(e.workflowId()));
  }

  @Transactional(readOnly = true)
  public TrialBalance trialBalance(Actor actor) {
    LedgerAccess.requireLedgerReader(actor);
    return ledger.trialBalance(actor.tenantId());
  }

  /** The source document's row as field → value, through the source-kind registry. */
  private Map<String, String> sourceDocument(SourceRef source) {
    Optional<Record> kind =
        db.selectFrom(LEDGER_SOURCE_KIND)
            .where(LEDGER_SOURCE_KIND.SOURCE_TYPE.eq(source.type().name()))
            .fetchOptional()
            .map(r -> r);
    Map<String, String> fields = new LinkedHashMap<>();
    if (kind.isEmpty()) {
      return fields;
    }
    String sql =
        "SELECT to_jsonb(d)::text FROM "
            + DSL.name(kind.get().get(LEDGER_SOURCE_KIND.TABLE_NAME))
            + " d WHERE d."
            + DSL.name(kind.get().get(LEDGER_SOURCE_KIND.ID_COLUMN))
            + "::text = ?";
    Record row = db.fetchOne(sql, source.id());
    if (row != null) {
      JsonNode doc = json.readTree(row.get(0, String.class));
      doc.properties()
          .forEach(
              p -> {
                if (!p.getValue().isNull() && !p.getKey().endsWith("_hash")) {
                  fields.put(
                      p.getKey(),
                      p.getValue().isString() ? p.getValue().asString() : p.getValue().toString());
                }
              });
    }
    return fields;
  }

  private String runOf(String workflowId) {
    if (workflowId == null) {
      return null;
    }
    return runs.latestRunId(workflowId).orElse(null);
  }
}
