package com.didtron.activities.ledger;

import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.ledger.PostedLine;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an entry: checks its accounts, converts each line into the base currency at the rate of
 * the effective date (rounded half up, as PostgreSQL rounds), inserts lines in account order (so
 * concurrent posters lock balances in the same order) and handles a repeated idempotency key.
 */
@Component
class LedgerPoster {
  private static final Comparator<PostedLine> LOCK_ORDER =
      Comparator.comparing((PostedLine l) -> l.account().value())
          .thenComparing(l -> l.amount().currency().code());

  private final JooqLedgerRepository entries;
  private final ChartOfAccounts chart;
  private final PostingRates rates;
  private final Clock clock;
  private final DSLContext db;

  LedgerPoster(
      JooqLedgerRepository entries,
      ChartOfAccounts chart,
      PostingRates rates,
      Clock clock,
      DSLContext db) {
    this.entries = entries;
    this.chart = chart;
    this.rates = rates;
    this.clock = clock;
    this.db = db;
  }

  /** Posts {@code draft}; {@code reversing} is the original when this is its reversal. */
  @Transactional(propagation = Propagation.MANDATORY)
  Posted post(JournalEntryDraft draft, String postedBy, JournalEntry reversing) {
    requirePostable(draft);
    JournalEntryId reverses = reversing == null ? null : reversing.id();
    Optional<JournalEntryId> id = entries.insertEntry(draft, postedBy, clock.instant(), reverses);
    if (id.isEmpty()) {
      JournalEntry existing = entries.byKey(draft.tenantId(), draft.idempotencyKey()).orElseThrow();
      requireSame(existing, draft);
      return new Posted(existing, false);
    }
    List<PostedLine> lines = reversing == null ? convert(draft) : mirror(reversing);
    entries.insertLines(id.get(), draft.tenantId(), lines.stream().sorted(LOCK_ORDER).toList());
    return new Posted(entries.byId(draft.tenantId(), id.get()).orElseThrow(), true);
  }

  /**
   * Posts {@code drafts} set-based (see {@link Ledger#postBatch}): accounts checked once per batch,
   * rates looked up once per tenant, currency and day, headers inserted in one statement (a taken
   * key is skipped and checked like {@link #post} does), every line of the new entries in another.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  List<JournalEntryId> postBatch(List<JournalEntryDraft> drafts, String postedBy) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    Map<LedgerAccountId, LedgerAccount> accounts = new HashMap<>();
    Map<String, Optional<BigDecimal>> rateOf = new HashMap<>();
    for (JournalEntryDraft d : drafts) {
      requirePostable(d, accounts);
    }
    List<UUID> ids = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      ids.add(UUID.randomUUID());
    }
    Set<UUID> inserted = entries.insertEntries(drafts, ids, postedBy, clock.instant());
    List<JooqLedgerRepository.EntryLines> fresh = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      JournalEntryDraft d = drafts.get(i);
      if (inserted.contains(ids.get(i))) {
        fresh.add(
            new JooqLedgerRepository.EntryLines(
                new JournalEntryId(ids.get(i)),
                d.tenantId(),
                convert(d, rateOf).stream().sorted(LOCK_ORDER).toList()));
      }
    }
    entries.insertLines(fresh);
    List<JournalEntryId> result = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      JournalEntryDraft d = drafts.get(i);
      if (inserted.contains(ids.get(i))) {
        result.add(new JournalEntryId(ids.get(i)));
      } else { // the key was taken (before, or by an earlier draft of this batch, now complete)
        JournalEntry existing = entries.byKey(d.tenantId(), d.idempotencyKey()).orElseThrow();
        requireSame(existing, d);
        result.add(existing.id());
      }
    }
    return result;
  }

  /**
   * Locks (creating at zero where missing) every balance the drafts touch, in account/currency
   * order: one global lock order for a transaction that posts several entries.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void lockBalances(List<JournalEntryDraft> drafts) {
    TreeMap<String, Object[]> keys = new TreeMap<>();
    for (JournalEntryDraft d : drafts) {
      for (Posting p : d.postings()) {
        keys.put(
            p.account().value() + "/" + p.amount().currency().code(),
            new Object[] {p.account().value(), p.amount().currency().code()});
      }
    }
    // the application's role may only read balances: the owner's function creates and locks them
    for (Object[] k : keys.values()) {
      db.execute(
          "SELECT ledger_lock_balance({0}, {1})", DSL.val((UUID) k[0]), DSL.val((String) k[1]));
    }
  }

  private void requirePostable(JournalEntryDraft draft) {
    requirePostable(draft, new HashMap<>());
  }

  private void requirePostable(JournalEntryDraft draft, Map<LedgerAccountId, LedgerAccount> seen) {
    for (Posting p : draft.postings()) {
      LedgerAccount a =
          seen.computeIfAbsent(
              p.account(),
              id ->
                  chart
                      .get(id)
                      .orElseThrow(() -> new LedgerRuleViolation("no ledger account " + id)));
      if (!a.tenantId().equals(draft.tenantId())) {
        throw new LedgerRuleViolation("ledger account " + a.code() + " belongs to another tenant");
      }
      if (!a.postable()) {
        throw new LedgerRuleViolation(
            "ledger account "
                + a.code()
                + " ("
                + a.name()
                + ") is a control account; post to a customer's or carrier's sub-account");
      }
    }
  }

  private List<PostedLine> convert(JournalEntryDraft draft) {
    return convert(draft, new HashMap<>());
  }

  /** {@code rateOf}: rates already looked up, by tenant, currency and day. */
  private List<PostedLine> convert(
      JournalEntryDraft draft, Map<String, Optional<BigDecimal>> rateOf) {
    List<PostedLine> lines = new ArrayList<>();
    for (Posting p : draft.postings()) {
      CurrencyCode c = p.amount().currency();
      Optional<BigDecimal> rate =
          rateOf.computeIfAbsent(
              draft.tenantId().value() + "/" + c.code() + "/" + draft.effectiveDate(),
              k -> rates.rateToBase(draft.tenantId(), c, draft.effectiveDate()));
      BigDecimal base =
          rate.map(r -> p.amount().amount().multiply(r).setScale(Money.SCALE, RoundingMode.HALF_UP))
              .orElse(null);
      lines.add(new PostedLine(0, p.account(), p.amount(), rate.orElse(null), base, p.memo()));
    }
    return lines;
  }

  /** A reversal keeps the original's rates, so base amounts cancel exactly too. */
  private static List<PostedLine> mirror(JournalEntry original) {
    return original.lines().stream()
        .map(
            l ->
                new PostedLine(
                    0,
                    l.account(),
                    l.amount().negate(),
                    l.fxRate(),
                    l.baseAmount() == null ? null : l.baseAmount().negate(),
                    l.memo()))
        .toList();
  }

  /** A repeated key must describe the same entry; anything else is a caller's bug. */
  private static void requireSame(JournalEntry existing, JournalEntryDraft draft) {
    List<String> stored =
        existing.lines().stream().map(l -> l.account() + " " + l.amount()).sorted().toList();
    List<String> asked =
        draft.postings().stream().map(p -> p.account() + " " + p.amount()).sorted().toList();
    if (!existing.source().equals(draft.source()) || !stored.equals(asked)) {
      throw new LedgerRuleViolation(
          "idempotency key "
              + draft.idempotencyKey()
              + " was already used for entry #"
              + existing.entryNo()
              + " with other postings");
    }
  }
}
