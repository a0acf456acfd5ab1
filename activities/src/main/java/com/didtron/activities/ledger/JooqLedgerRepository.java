package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.JOURNAL_ENTRY;
import static com.didtron.activities.db.Tables.POSTING;

import com.didtron.activities.db.tables.records.JournalEntryRecord;
import com.didtron.activities.db.tables.records.PostingRecord;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.PostedLine;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Journal entries and postings in PostgreSQL; records never leave this class. */
@Repository
class JooqLedgerRepository {
  private final DSLContext db;

  JooqLedgerRepository(DSLContext db) {
    this.db = db;
  }

  /** Inserts the entry's header unless its idempotency key is taken; the new id if inserted. */
  Optional<JournalEntryId> insertEntry(
      JournalEntryDraft d, String postedBy, Instant now, JournalEntryId reverses) {
    UUID id = UUID.randomUUID();
    int inserted =
        db.insertInto(JOURNAL_ENTRY)
            .set(JOURNAL_ENTRY.ID, id)
            .set(JOURNAL_ENTRY.TENANT_ID, d.tenantId().value())
            .set(JOURNAL_ENTRY.EFFECTIVE_DATE, d.effectiveDate())
            .set(JOURNAL_ENTRY.POSTED_AT, now)
            .set(JOURNAL_ENTRY.POSTED_BY, postedBy)
            .set(JOURNAL_ENTRY.DESCRIPTION, d.description().strip())
            .set(JOURNAL_ENTRY.SOURCE_TYPE, d.source().type().name())
            .set(JOURNAL_ENTRY.SOURCE_ID, d.source().id())
            .set(JOURNAL_ENTRY.WORKFLOW_ID, d.workflowId())
            .set(JOURNAL_ENTRY.IDEMPOTENCY_KEY, d.idempotencyKey())
            .set(JOURNAL_ENTRY.REVERSES_ENTRY_ID, reverses == null ? null : reverses.value())
            .onConflict(JOURNAL_ENTRY.TENANT_ID, JOURNAL_ENTRY.IDEMPOTENCY_KEY)
            .doNothing()
            .execute();
    return inserted == 1 ? Optional.of(new JournalEntryId(id)) : Optional.empty();
  }

  /** Inserts the lines in the given order (callers sort them to keep lock order stable). */
  void insertLines(JournalEntryId entry, TenantId tenant, List<PostedLine> lines) {
    var insert =
        db.insertInto(
            POSTING,
            POSTING.ENTRY_ID,
            POSTING.TENANT_ID,
            POSTING.LEDGER_ACCOUNT_ID,
            POSTING.CURRENCY,
            POSTING.AMOUNT,
            POSTING.FX_RATE,
            POSTING.BASE_AMOUNT,
            POSTING.MEMO);
    for (PostedLine l : lines) {
      insert =
          insert.values(
              entry.value(),
              tenant.value(),
              l.account().value(),
              l.amount().currency().code(),
              l.amount().amount(),
              l.fxRate(),
              l.baseAmount(),
              l.memo());
    }
    insert.execute();
  }

  /** The lines of one new entry, for {@link #insertLines(List)}. */
  record EntryLines(JournalEntryId entry, TenantId tenant, List<PostedLine> lines) {}

  /**
   * Inserts the headers of {@code drafts} with the given ids in one statement, in the drafts' order
   * (entry numbers follow it); a taken idempotency key is skipped. The ids inserted.
   */
  Set<UUID> insertEntries(
      List<JournalEntryDraft> drafts, List<UUID> ids, String postedBy, Instant now) {
    int n = drafts.size();
    String[] id = new String[n], tenant = new String[n], day = new String[n];
    String[] description = new String[n], type = new String[n], source = new String[n];
    String[] workflow = new String[n], key = new String[n];
    for (int i = 0; i < n; i++) {
      JournalEntryDraft d = drafts.get(i);
      id[i] = ids.get(i).toString();
      tenant[i] = d.tenantId().value().toString();
      day[i] = d.effectiveDate().toString();
      description[i] = d.description().strip();
      type[i] = d.source().type().name();
      source[i] = d.source().id();
      workflow[i] = d.workflowId();
      key[i] = d.idempotencyKey();
    }
    return new HashSet<>(
        db.resultQuery(
                """
                INSERT INTO journal_entry (id, tenant_id, effective_date, posted_at, posted_by,
                                           description, source_type, source_id, workflow_id,
                                           idempotency_key)
                SELECT u.id, u.tenant_id, u.day, ?::timestamptz, ?, u.description, u.type,
                       u.source, u.workflow, u.key
                  FROM unnest(?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::date[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::text[])
                       WITH ORDINALITY AS u(id, tenant_id, day, description, type, source, workflow,
                                            key, n)
                 ORDER BY u.n
                ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
                RETURNING id
                """,
                now.toString(),
                postedBy,
                id,
                tenant,
                day,
                description,
                type,
                source,
                workflow,
                key)
            .fetch(0, UUID.class));
  }

  /**
   * Inserts the lines of several new entries in one statement, each entry's lines in the given
   * order (callers sort them to keep lock order stable), entries in list order.
   */
  void insertLines(List<EntryLines> entries) {
    int n = entries.stream().mapToInt(e -> e.lines().size()).sum();
    if (n == 0) {
      return;
    }
    String[] entry = new String[n], tenant = new String[n], account = new String[n];
    String[] currency = new String[n], amount = new String[n], rate = new String[n];
    String[] base = new String[n], memo = new String[n];
    int i = 0;
    for (EntryLines e : entries) {
      for (PostedLine l : e.lines()) {
        entry[i] = e.entry().value().toString();
        tenant[i] = e.tenant().value().toString();
        account[i] = l.account().value().toString();
        currency[i] = l.amount().currency().code();
        amount[i] = l.amount().amount().toPlainString();
        rate[i] = l.fxRate() == null ? null : l.fxRate().toPlainString();
        base[i] = l.baseAmount() == null ? null : l.baseAmount().toPlainString();
        memo[i] = l.memo();
        i++;
      }
    }
    db.execute(
        """
        INSERT INTO posting (entry_id, tenant_id, ledger_account_id, currency, amount, fx_rate,
                             base_amount, memo)
        SELECT u.entry_id, u.tenant_id, u.account, u.currency, u.amount, u.rate, u.base, u.memo
          FROM unnest(?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::uuid[], ?::text[],
                      ?::text[]::numeric[], ?::text[]::numeric[], ?::text[]::numeric[], ?::text[])
               WITH ORDINALITY AS u(entry_id, tenant_id, account, currency, amount, rate, base,
                                    memo, n)
         ORDER BY u.n
        """,
        entry,
        tenant,
        account,
        currency,
        amount,
        rate,
        base,
        memo);
  }

  Optional<JournalEntry> byKey(TenantId tenant, String idempotencyKey) {
    return one(
        JOURNAL_ENTRY
            .TENANT_ID
            .eq(tenant.value())
            .and(JOURNAL_ENTRY.IDEMPOTENCY_KEY.eq(idempotencyKey)));
  }

  Optional<JournalEntry> byId(TenantId tenant, JournalEntryId id) {
    return one(JOURNAL_ENTRY.TENANT_ID.eq(tenant.value()).and(JOURNAL_ENTRY.ID.eq(id.value())));
  }

  Optional<JournalEntry> reversalOf(JournalEntryId id) {
    return one(JOURNAL_ENTRY.REVERSES_ENTRY_ID.eq(id.value()));
  }

  List<JournalEntry> bySource(TenantId tenant, SourceRef source) {
    return many(
        JOURNAL_ENTRY
            .TENANT_ID
            .eq(tenant.value())
            .and(JOURNAL_ENTRY.SOURCE_TYPE.eq(source.type().name()))
            .and(JOURNAL_ENTRY.SOURCE_ID.eq(source.id())));
  }

  private Optional<JournalEntry> one(Condition c) {
    return many(c).stream().findFirst();
  }

  private List<JournalEntry> many(Condition c) {
    List<JournalEntryRecord> entries =
        db.selectFrom(JOURNAL_ENTRY).where(c).orderBy(JOURNAL_ENTRY.ENTRY_NO).fetch();
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<PostedLine>> lines =
        db
            .selectFrom(POSTING)
            .where(POSTING.ENTRY_ID.in(entries.stream().map(JournalEntryRecord::getId).toList()))
            .orderBy(POSTING.ID)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    PostingRecord::getEntryId,
                    Collectors.mapping(JooqLedgerRepository::toLine, Collectors.toList())));
    return entries.stream().map(e -> toEntry(e, lines.getOrDefault(e.getId(), List.of()))).toList();
  }

  static PostedLine toLine(PostingRecord r) {
    return new PostedLine(
        r.getId(),
        new LedgerAccountId(r.getLedgerAccountId()),
        new Money(r.getAmount(), new CurrencyCode(r.getCurrency())),
        r.getFxRate(),
        r.getBaseAmount(),
        r.getMemo());
  }

  static JournalEntry toEntry(JournalEntryRecord r, List<PostedLine> lines) {
    return new JournalEntry(
        new JournalEntryId(r.getId()),
        r.getEntryNo(),
        new TenantId(r.getTenantId()),
        r.getEffectiveDate(),
        r.getPostedAt(),
        r.getPostedBy(),
        r.getDescription(),
        new SourceRef(SourceType.valueOf(r.getSourceType()), r.getSourceId()),
        r.getWorkflowId(),
        r.getIdempotencyKey(),
        r.getReversesEntryId() == null ? null : new JournalEntryId(r.getReversesEntryId()),
        lines);
  }
}
