package com.didtron.activities.invoicing;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.usage.UsageCharge;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The customer-leg destination shares of usage entries ({@code usage_charge_destination}), with the
 * billing period their calls started in. An entry is billed by call period only when every share of
 * it carries a period and the shares add up to what the entry debited the customer; otherwise it is
 * billed whole (by posting time).
 */
@Component
class PeriodShares {
  private final Ledger ledger;
  private final DSLContext db;

  PeriodShares(Ledger ledger, DSLContext db) {
    this.ledger = ledger;
    this.db = db;
  }

  /** One share of an entry: a destination's calls of one period ({@code periodStart} null: unknown). */
  record Share(UUID entryId, Instant periodStart, String destination, BigDecimal amount, long calls,
      long seconds) {}

  /** Shares not billed yet of calls started before {@code before}, of entries of this account. */
  List<Share> unbilledBefore(InvoiceUsageSource.Query q, Instant before) {
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (sub.isEmpty()) {
      return List.of();
    }
    return db.fetch("""
        SELECT e.id, s.period_start, s.destination, s.amount, s.calls, s.billable_seconds
        FROM usage_charge_destination s
        JOIN journal_entry e ON e.tenant_id = ? AND e.source_type = 'CDR_BATCH'
          AND e.source_id = s.batch_id::text
        JOIN posting p ON p.entry_id = e.id AND p.ledger_account_id = ? AND p.currency = s.currency
        WHERE s.account_id = ? AND s.leg = ? AND s.currency = ? AND s.period_start IS NOT NULL
          AND s.period_start < ?::timestamptz
          AND NOT EXISTS (SELECT 1 FROM invoice_usage_entry u WHERE u.journal_entry_id = e.id
            AND (u.period_start IS NULL OR u.period_start = s.period_start))
        ORDER BY e.entry_no, s.period_start, s.destination""", q.tenant().value(), sub.get().id().value(),
        q.account().value(), UsageCharge.Leg.CUSTOMER.name(), q.currency().code(), before)
        .map(r -> new Share(r.get(0, UUID.class), r.get(1, OffsetDateTime.class).toInstant(),
            r.get(2, String.class), r.get(3, BigDecimal.class), r.get(4, Long.class), r.get(5, Long.class)));
  }

  /** Every share (all periods, billed or not) of these entries, per entry. */
  Map<UUID, List<Share>> allOf(InvoiceUsageSource.Query q, Collection<UUID> entries) {
    Map<UUID, List<Share>> out = new HashMap<>();
    if (entries.isEmpty()) {
      return out;
    }
    db.fetch("""
        SELECT e.id, s.period_start, s.destination, s.amount, s.calls, s.billable_seconds
        FROM journal_entry e
        JOIN usage_charge_destination s ON s.batch_id::text = e.source_id
        WHERE e.id = ANY(?) AND s.account_id = ? AND s.leg = ? AND s.currency = ?""",
        entries.toArray(UUID[]::new), q.account().value(), UsageCharge.Leg.CUSTOMER.name(), q.currency().code())
        .forEach(r -> {
          OffsetDateTime p = r.get(1, OffsetDateTime.class);
          out.computeIfAbsent(r.get(0, UUID.class), k -> new java.util.ArrayList<>())
              .add(new Share(r.get(0, UUID.class), p == null ? null : p.toInstant(), r.get(2, String.class),
                  r.get(3, BigDecimal.class), r.get(4, Long.class), r.get(5, Long.class)));
        });
    return out;
  }

  /** The entries (of {@code all}, as {@link #allOf} answers) billed by call period. */
  static Set<UUID> byPeriod(Map<UUID, List<Share>> all, Map<UUID, BigDecimal> posted) {
    Set<UUID> out = new HashSet<>();
    all.forEach((entry, shares) -> {
      boolean periods = shares.stream().allMatch(s -> s.periodStart() != null);
      BigDecimal sum = shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (periods && posted.containsKey(entry) && sum.compareTo(posted.get(entry)) == 0) {
        out.add(entry);
      }
    });
    return out;
  }

  /** What each entry debited the customer's sub-account in the query's currency. */
  Map<UUID, BigDecimal> posted(InvoiceUsageSource.Query q, Collection<UUID> entries) {
    Map<UUID, BigDecimal> out = new HashMap<>();
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (entries.isEmpty() || sub.isEmpty()) {
      return out;
    }
    db.fetch("SELECT entry_id, sum(amount) FROM posting WHERE entry_id = ANY(?) AND ledger_account_id = ?"
            + " AND currency = ? GROUP BY entry_id", entries.toArray(UUID[]::new), sub.get().id().value(),
        q.currency().code())
        .forEach(r -> out.put(r.get(0, UUID.class), r.get(1, BigDecimal.class)));
    return out;
  }

}
