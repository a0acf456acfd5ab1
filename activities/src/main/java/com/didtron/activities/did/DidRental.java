package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.ledger.JournalEntryDraft;
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
 * price): a {@code did_accrual} row and, in the same transaction, a ledger entry debiting the
 * customer and crediting DID revenue, keyed {@code did-rental-<didId>-<day>}. The unique (tenant,
 * DID, day) row makes a day charged exactly once, however often or concurrently it runs. The
 * activation day is charged in full; a suspended number is not charged.
 */
@Facade
@Service
public class DidRental {
  /** What one batch did: numbers looked at, newly charged, their sum, and where to continue. */
  public record Batch(int dids, int posted, BigDecimal amount, UUID last) {}

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

  private static final String INSERT =
      """
      INSERT INTO did_accrual (id, tenant_id, account_id, did_id, number, day, monthly_price,
                               amount, currency, created_at)
      VALUES (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, ?, ?::date, ?::numeric, ?::numeric, ?,
              ?::timestamptz)
      ON CONFLICT (tenant_id, did_id, day) DO NOTHING
      RETURNING id, tenant_id, account_id, did_id, number, amount, currency
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
    UUID[] tenants = new UUID[n], accounts = new UUID[n], dids = new UUID[n];
    String[] numbers = new String[n], currencies = new String[n];
    BigDecimal[] monthly = new BigDecimal[n], amounts = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      var r = rows.get(i);
      dids[i] = r.get(0, UUID.class);
      tenants[i] = r.get(1, UUID.class);
      accounts[i] = r.get(2, UUID.class);
      numbers[i] = r.get(3, String.class);
      monthly[i] = r.get(4, BigDecimal.class);
      currencies[i] = r.get(5, String.class);
      amounts[i] = DailyRental.forDay(monthly[i], day);
    }
    // one row at a time: a day already charged for a number is skipped (ON CONFLICT)
    List<org.jooq.Record> inserted = new ArrayList<>();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    for (int i = 0; i < n; i++) {
      inserted.addAll(
          db.resultQuery(
                  INSERT,
                  tenants[i],
                  accounts[i],
                  dids[i],
                  numbers[i],
                  day,
                  monthly[i],
                  amounts[i],
                  currencies[i],
                  now)
              .fetch());
    }
    List<JournalEntryDraft> drafts = new ArrayList<>();
    List<UUID> accrualIds = new ArrayList<>();
    Map<String, LedgerAccount> customers = new HashMap<>();
    Map<AccountId, TenantId> charged = new java.util.LinkedHashMap<>();
    Map<UUID, LedgerAccount> revenue = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(6);
    for (var r : inserted) {
      UUID id = r.get(0, UUID.class);
      TenantId tenant = new TenantId(r.get(1, UUID.class));
      AccountId account = new AccountId(r.get(2, UUID.class));
      UUID did = r.get(3, UUID.class);
      BigDecimal amount = r.get(5, BigDecimal.class).setScale(6);
      CurrencyCode currency = new CurrencyCode(r.get(6, String.class));
      total = total.add(amount);
      if (amount.signum() == 0) {
        continue;
      }
      charged.put(account, tenant);
      LedgerAccount customer =
          customers.computeIfAbsent(
              tenant.value() + "/" + account.value(),
              k -> ledger.chart().party(tenant, LedgerPurpose.CUSTOMER_BALANCE, account));
      LedgerAccount income =
          revenue.computeIfAbsent(
              tenant.value(), k -> ledger.chart().postable(tenant, LedgerPurpose.REVENUE));
      String memo = "+" + r.get(4, String.class) + " rental " + day;
      drafts.add(
          new JournalEntryDraft(
              tenant,
              day,
              "DID rental " + memo,
              SourceRef.of(SourceType.DID_ACCRUAL, id),
              "did-rental-daily",
              "did-rental-" + did + "-" + day,
              List.of(
                  new Posting(customer.id(), new Money(amount, currency), memo),
                  new Posting(income.id(), new Money(amount.negate(), currency), memo))));
      accrualIds.add(id);
    }
    if (!drafts.isEmpty()) {
      var posted = ledger.postAll(drafts, Actor.system("did-rental", drafts.get(0).tenantId()));
      for (int k = 0; k < posted.size(); k++) {
        db.execute(
            "UPDATE did_accrual SET ledger_entry_id = ?::uuid WHERE id = ?::uuid",
            posted.get(k).entry().id().value(),
            accrualIds.get(k));
      }
      // credit control sees the new balance (alerts, the switch's balance), like an invoice does
      charged.forEach((account, tenantId) -> balances.changed(tenantId, account));
    }
    return new Batch(n, inserted.size(), total, dids[n - 1]);
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
