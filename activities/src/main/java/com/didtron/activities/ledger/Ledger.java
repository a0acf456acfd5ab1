package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.LEDGER_ACCOUNT;
import static com.didtron.activities.db.Tables.LEDGER_BALANCE;
import static com.didtron.activities.db.Tables.POSTING;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.TrialBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's API for the features that move money. Everything joins the caller's transaction, so
 * an entry commits or rolls back with the business change that caused it.
 *
 * <ul>
 *   <li>{@link #post}: stores a balanced entry exactly once per idempotency key ({@link #postAll}
 *       for several entries in one transaction).
 *   <li>{@link #reverse}: corrects an entry by posting its mirror image (entries never change).
 *   <li>{@link #balance}/{@link #balances}: materialised balances, debit-positive.
 *   <li>{@link #trialBalance}: every account's balance; totals zero per currency.
 *   <li>{@link #entriesBySource}/{@link #entry}: what was posted for a document.
 * </ul>
 *
 * <p>The ledger trusts its callers for authorisation (they are services that checked the actor);
 * reads for people go through services that check roles and tenants (LedgerAccess).
 */
@Service
@Facade
public class Ledger {
  private final JooqLedgerRepository entries;
  private final LedgerPoster poster;
  private final ChartOfAccounts chart;
  private final DSLContext db;

  Ledger(JooqLedgerRepository entries, LedgerPoster poster, ChartOfAccounts chart, DSLContext db) {
    this.entries = entries;
    this.poster = poster;
    this.chart = chart;
    this.db = db;
  }

  /**
   * Posts an entry. Posting the same idempotency key again returns the entry already stored (with
   * {@code created = false}) provided it has the same source and postings; a key reused for a
   * different entry is refused with a {@link LedgerRuleViolation}.
   *
   * @param postedBy who is posting (recorded as {@code posted_by})
   */
  @Transactional
  public Posted post(JournalEntryDraft draft, Actor postedBy) {
    return poster.post(draft, postedBy.name(), null);
  }

  /**
   * Posts several entries in one transaction (e.g. a CDR batch), first locking every balance they
   * touch in one global order, so concurrent multi-entry transactions cannot deadlock on balances.
   * Each entry is idempotent on its own key, as with {@link #post}.
   */
  @Transactional
  public List<Posted> postAll(List<JournalEntryDraft> drafts, Actor postedBy) {
    poster.lockBalances(drafts);
    return drafts.stream().map(d -> poster.post(d, postedBy.name(), null)).toList();
  }

  /**
   * Posts many entries set-based, for bulk runs (e.g. the daily rental of 100,000 numbers): one
   * statement for the headers and one for every posting, in one transaction with the caller's
   * change, after locking the balances as {@link #postAll} does. Each entry is idempotent on its
   * own key as with {@link #post}; nothing is read back.
   *
   * @return each draft's entry id, in the drafts' order (an entry already posted with the key: its
   *     id)
   */
  @Transactional
  public List<JournalEntryId> postBatch(List<JournalEntryDraft> drafts, Actor postedBy) {
    poster.lockBalances(drafts);
    return poster.postBatch(drafts, postedBy.name());
  }

  /**
   * Reverses an entry: a new entry with every posting on the other side, linked to the original. An
   * entry can be reversed once; asking again with the same idempotency key returns the reversal
   * already made.
   */
  @Transactional
  public Posted reverse(ReversalRequest request, Actor postedBy) {
    JournalEntry original =
        entries
            .byId(request.tenantId(), request.entryId())
            .orElseThrow(() -> new LedgerRuleViolation("no journal entry " + request.entryId()));
    Optional<JournalEntry> already = entries.reversalOf(original.id());
    if (already.isPresent()) {
      if (already.get().idempotencyKey().equals(request.idempotencyKey())) {
        return new Posted(already.get(), false);
      }
      throw new LedgerRuleViolation(
          "entry #"
              + original.entryNo()
              + " is already reversed by entry #"
              + already.get().entryNo());
    }
    List<Posting> mirror =
        original.lines().stream()
            .map(l -> new Posting(l.account(), l.amount().negate(), l.memo()))
            .toList();
    JournalEntryDraft draft =
        new JournalEntryDraft(
            request.tenantId(),
            request.effectiveDate(),
            "Reversal of #" + original.entryNo() + ": " + request.reason().strip(),
            request.source(),
            request.workflowId(),
            request.idempotencyKey(),
            mirror);
    return poster.post(draft, postedBy.name(), original);
  }

  /** The balance of one account in one currency, debit-positive (zero if nothing was posted). */
  @Transactional(readOnly = true)
  public Money balance(LedgerAccountId account, CurrencyCode currency) {
    BigDecimal b =
        db.select(LEDGER_BALANCE.BALANCE)
            .from(LEDGER_BALANCE)
            .where(
                LEDGER_BALANCE
                    .LEDGER_ACCOUNT_ID
                    .eq(account.value())
                    .and(LEDGER_BALANCE.CURRENCY.eq(currency.code())))
            .fetchOptional(LEDGER_BALANCE.BALANCE)
            .orElse(BigDecimal.ZERO);
    return new Money(b, currency);
  }

  /**
   * What these journal entries posted to one account in one currency, debit-positive (zero if
   * nothing).
   */
  @Transactional(readOnly = true)
  public BigDecimal postedBy(
      Collection<UUID> entries, LedgerAccountId account, CurrencyCode currency) {
    return db.select(DSL.coalesce(DSL.sum(POSTING.AMOUNT), BigDecimal.ZERO))
        .from(POSTING)
        .where(POSTING.ENTRY_ID.in(entries))
        .and(POSTING.LEDGER_ACCOUNT_ID.eq(account.value()))
        .and(POSTING.CURRENCY.eq(currency.code()))
        .fetchSingle()
        .value1();
  }

  /** Every currency the account holds, debit-positive, by currency code. */
  @Transactional(readOnly = true)
  public List<Money> balances(LedgerAccountId account) {
    return db.select(LEDGER_BALANCE.BALANCE, LEDGER_BALANCE.CURRENCY)
        .from(LEDGER_BALANCE)
        .where(LEDGER_BALANCE.LEDGER_ACCOUNT_ID.eq(account.value()))
        .and(LEDGER_BALANCE.POSTINGS.gt(0L))
        .orderBy(LEDGER_BALANCE.CURRENCY)
        .fetch(r -> new Money(r.value1(), new CurrencyCode(r.value2())));
  }

  /**
   * All balances of the tenant's postable accounts; {@link TrialBalance#totals()} is zero per
   * currency.
   */
  @Transactional(readOnly = true)
  public TrialBalance trialBalance(TenantId tenant) {
    List<TrialBalance.Line> lines =
        db.select(LEDGER_ACCOUNT.fields())
            .select(LEDGER_BALANCE.CURRENCY, LEDGER_BALANCE.BALANCE)
            .from(LEDGER_BALANCE)
            .join(LEDGER_ACCOUNT)
            .on(LEDGER_ACCOUNT.ID.eq(LEDGER_BALANCE.LEDGER_ACCOUNT_ID))
            .where(LEDGER_BALANCE.TENANT_ID.eq(tenant.value()))
            .and(LEDGER_BALANCE.POSTINGS.gt(0L))
            .orderBy(LEDGER_ACCOUNT.CODE, LEDGER_BALANCE.CURRENCY)
            .fetch(
                r -> {
                  LedgerAccount account = ChartOfAccounts.toAccount(r.into(LEDGER_ACCOUNT));
                  return new TrialBalance.Line(
                      account,
                      new CurrencyCode(r.get(LEDGER_BALANCE.CURRENCY)),
                      r.get(LEDGER_BALANCE.BALANCE));
                });
    return new TrialBalance(lines);
  }

  /** The entries posted for one source document, oldest first (with their reversals, if any). */
  @Transactional(readOnly = true)
  public List<JournalEntry> entriesBySource(TenantId tenant, SourceRef source) {
    return entries.bySource(tenant, source);
  }

  @Transactional(readOnly = true)
  public Optional<JournalEntry> entry(TenantId tenant, JournalEntryId id) {
    return entries.byId(tenant, id);
  }

  @Transactional(readOnly = true)
  public Optional<JournalEntry> entryByKey(TenantId tenant, String idempotencyKey) {
    return entries.byKey(tenant, idempotencyKey);
  }

  /** The chart of accounts, for callers that need to name the accounts they post to. */
  public ChartOfAccounts chart() {
    return chart;
  }
}
