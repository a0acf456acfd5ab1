package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily rental of numbers in service (issue 12 point 7, pay as you go). For a day (UTC), every
 * ACTIVE, not suspended number activated before the day ended is charged {@link DailyRental#forDay}
 * of the monthly sell price in force that day (the number's area price, else its country-wide
 * price): a {@code did_accrual} row and, in the same transaction, the ledger posting debiting the
 * customer and crediting DID revenue. A batch (one transaction) is set-based: one statement for its
 * rows; one ledger entry per customer and currency for the batch's rows (like a CDR batch), keyed
 * {@code did-rental-<accountId>-<day>-<lowest didId of its rows>}, sourced from its first row and
 * posted through {@link Ledger#postBatch}; one statement to link every row to its entry. The unique
 * (tenant, DID, day) row makes a day charged exactly once, however often or concurrently it runs.
 * The activation day is charged in full; a suspended number is not charged.
 */
@Facade
@Service
public class DidRental {
  /** What one batch did: numbers looked at, newly charged, their sum, and where to continue. */
  public record Batch(int dids, int posted, BigDecimal amount, UUID last) {}

  /** Numbers per batch (one transaction each) of the daily run. */
  public static final int BATCH = 2000;

  private static final String CANDIDATES =
      """
      SELECT d.id, d.tenant_id, d.account_id, d.number, p.monthly_price, p.currency
        FROM did_inventory d
        JOIN LATERAL (SELECT pr.monthly_price, pr.currency FROM did_price pr
                       WHERE pr.tenant_id = d.tenant_id AND pr.country_code = d.country_code
                         AND pr.number_type = d.number_type AND lower(pr.area) IN (lower(d.area), '')
                         AND pr.effective_from < ?::timestamptz
                       ORDER BY (lower(pr.area) = lower(d.area)) DESC, pr.effective_from DESC LIMIT 1) p ON true
       WHERE d.status = 'ACTIVE' AND d.deleted_at IS NULL AND d.suspended_at IS NULL
         AND d.account_id IS NOT NULL AND d.activated_at < ?::timestamptz AND d.id > ?::uuid
         AND (?::uuid IS NULL OR d.tenant_id = ?::uuid)
       ORDER BY d.id LIMIT ?::int
      """;

  /** The batch's rows in one statement; a day already charged for a number is skipped. */
  private static final String INSERT =
      """
      INSERT INTO did_accrual (id, tenant_id, account_id, did_id, number, day, monthly_price,
                               amount, currency, created_at)
      SELECT gen_random_uuid(), u.tenant_id, u.account_id, u.did_id, u.number, ?::date,
             u.monthly_price, u.amount, u.currency, ?::timestamptz
        FROM unnest(?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::uuid[], ?::text[],
                    ?::text[]::numeric[], ?::text[]::numeric[], ?::text[])
             WITH ORDINALITY AS u(tenant_id, account_id, did_id, number, monthly_price, amount,
                                  currency, n)
       ORDER BY u.n
      ON CONFLICT (tenant_id, did_id, day) DO NOTHING
      RETURNING id, tenant_id, account_id, did_id, number, amount, currency
      """;

  /** Links the batch's rows to their ledger entries in one statement. */
  private static final String LINK =
      """
      UPDATE did_accrual a SET ledger_entry_id = u.entry_id
        FROM unnest(?::text[]::uuid[], ?::text[]::uuid[]) AS u(id, entry_id)
       WHERE a.id = u.id
      """;

  private final DSLContext db;
  private final Ledger ledger;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final BalanceMonitor balances;

  DidRental(
      DSLContext db,
      Ledger ledger,
      Clock clock,
      PlatformTransactionManager transactions,
      BalanceMonitor balances) {
    this.db = db;
    this.ledger = ledger;
    this.balances = balances;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Charges {@code day} for the next {@code size} numbers after {@code after} (null: first). */
  @Transactional
  public Batch accrue(LocalDate day, UUID after, int size) {
    return accrue(day, null, after, size);
  }

  /**
   * Charges {@code day} for the next {@code size} numbers of {@code tenant} (null: every tenant)
   * after {@code after} (null: first). Each charged customer's balance change is told to credit
   * control ({@link BalanceMonitor}) in the same transaction.
   */
  @Transactional
  public Batch accrue(LocalDate day, UUID onlyTenant, UUID after, int size) {
    OffsetDateTime dayEnd = day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    var rows =
        db.resultQuery(
                CANDIDATES,
                dayEnd,
                dayEnd,
                after == null ? new UUID(0L, 0L) : after, // PostgreSQL orders uuids unsigned
                onlyTenant,
                onlyTenant,
                size)
            .fetch();
    if (rows.isEmpty()) {
      return new Batch(0, 0, BigDecimal.ZERO.setScale(6), null);
    }
    int n = rows.size();
    String[] tenants = new String[n], accounts = new String[n], dids = new String[n];
    String[] numbers = new String[n], currencies = new String[n];
    String[] monthly = new String[n], amounts = new String[n];
    UUID last = null;
    for (int i = 0; i < n; i++) {
      var r = rows.get(i);
      last = r.get(0, UUID.class);
      dids[i] = last.toString();
      tenants[i] = r.get(1, UUID.class).toString();
      accounts[i] = r.get(2, UUID.class).toString();
      numbers[i] = r.get(3, String.class);
      BigDecimal price = r.get(4, BigDecimal.class);
      monthly[i] = price.toPlainString();
      currencies[i] = r.get(5, String.class);
      amounts[i] = DailyRental.forDay(price, day).toPlainString();
    }
    // set-based: the whole batch in one INSERT, ordered by DID id like every concurrent run, so
    // two runs wait on each other's rows in the same order and never deadlock
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    List<org.jooq.Record> inserted =
        db.resultQuery(
                INSERT, day, now, tenants, accounts, dids, numbers, monthly, amounts, currencies)
            .fetch();
    // one ledger entry per customer and currency of the batch (as the CDR pipeline posts a batch
    // of calls), each row linked to its customer's entry
    Map<String, Charge> charges = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(6);
    for (var r : inserted) {
      BigDecimal amount = r.get(5, BigDecimal.class).setScale(6);
      total = total.add(amount);
      if (amount.signum() == 0) {
        continue; // nothing to post; the row stays without an entry
      }
      TenantId tenant = new TenantId(r.get(1, UUID.class));
      AccountId account = new AccountId(r.get(2, UUID.class));
      CurrencyCode currency = new CurrencyCode(r.get(6, String.class));
      charges
          .computeIfAbsent(
              tenant.value() + "/" + account.value() + "/" + currency.code(),
              k -> new Charge(tenant, account, currency))
          .add(r.get(0, UUID.class), r.get(3, UUID.class), amount);
    }
    if (!charges.isEmpty()) {
      Map<UUID, LedgerAccount> revenue = new HashMap<>();
      List<Charge> list = List.copyOf(charges.values());
      List<JournalEntryDraft> drafts = new ArrayList<>();
      for (Charge c : list) {
        LedgerAccount customer =
            ledger.chart().party(c.tenant, LedgerPurpose.CUSTOMER_BALANCE, c.account);
        LedgerAccount income =
            revenue.computeIfAbsent(
                c.tenant.value(), k -> ledger.chart().postable(c.tenant, LedgerPurpose.REVENUE));
        String memo = c.rows.size() + (c.rows.size() == 1 ? " number" : " numbers") + ", " + day;
        drafts.add(
            new JournalEntryDraft(
                c.tenant,
                day,
                "DID rental, " + memo,
                SourceRef.of(SourceType.DID_ACCRUAL, c.rows.getFirst()),
                "did-rental-daily",
                "did-rental-" + c.account.value() + "-" + day + "-" + c.firstDid,
                List.of(
                    new Posting(customer.id(), new Money(c.amount, c.currency), memo),
                    new Posting(income.id(), new Money(c.amount.negate(), c.currency), memo))));
      }
      List<JournalEntryId> posted =
          ledger.postBatch(drafts, Actor.system("did-rental", drafts.getFirst().tenantId()));
      List<String> rowIds = new ArrayList<>(), entryIds = new ArrayList<>();
      for (int k = 0; k < list.size(); k++) {
        String entry = posted.get(k).value().toString();
        for (UUID row : list.get(k).rows) {
          rowIds.add(row.toString());
          entryIds.add(entry);
        }
      }
      db.execute(LINK, rowIds.toArray(String[]::new), entryIds.toArray(String[]::new));
      // credit control sees the new balance (alerts, the switch's balance), like an invoice does
      list.forEach(c -> balances.changed(c.tenant, c.account));
    }
    return new Batch(n, inserted.size(), total, last);
  }

  /** A customer's share of a batch in one currency: its rows, their sum, its first number. */
  private static final class Charge {
    final TenantId tenant;
    final AccountId account;
    final CurrencyCode currency;
    final List<UUID> rows = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO.setScale(6);
    UUID firstDid;

    Charge(TenantId tenant, AccountId account, CurrencyCode currency) {
      this.tenant = tenant;
      this.account = account;
      this.currency = currency;
    }

    void add(UUID row, UUID did, BigDecimal share) {
      if (firstDid == null || compareUnsigned(did, firstDid) < 0) {
        firstDid = did;
      }
      rows.add(row);
      amount = amount.add(share);
    }

    /** PostgreSQL's uuid order (unsigned bytes), so the key names the batch's lowest number id. */
    private static int compareUnsigned(UUID a, UUID b) {
      int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
      return c != 0
          ? c
          : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
  }

  /** Charges {@code day} for every number in service, in batches of {@code size}. */
  public Batch accrueDay(LocalDate day, int size) {
    return accrueDay(day, null, size);
  }

  /**
   * Runs the accrual of {@code day} now for the staff member's tenant (super or tenant admin); a
   * day already charged posts nothing new.
   */
  public Batch accrueDay(Actor actor, LocalDate day) {
    AccessPolicy.requireAdmin(actor);
    return accrueDay(day, actor.tenantId().value(), 500);
  }

  /** Charges {@code day} for every number in service of {@code tenant} (null: all tenants). */
  public Batch accrueDay(LocalDate day, UUID tenant, int size) {
    UUID after = null;
    int dids = 0, posted = 0;
    BigDecimal amount = BigDecimal.ZERO.setScale(6);
    while (true) {
      UUID from = after;
      Batch b = tx.execute(s -> accrue(day, tenant, from, size)); // one transaction per batch
      dids += b.dids();
      posted += b.posted();
      amount = amount.add(b.amount());
      if (b.last() == null || b.dids() < size) {
        return new Batch(dids, posted, amount, null);
      }
      after = b.last();
    }
  }
}
