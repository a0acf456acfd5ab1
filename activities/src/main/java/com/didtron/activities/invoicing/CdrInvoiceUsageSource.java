package com.didtron.activities.invoicing;

import com.didtron.activities.invoicing.LedgerInvoiceUsageSource.Unbilled;
import com.didtron.activities.invoicing.PeriodShares.Share;
import com.didtron.domain.invoicing.BillingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Usage by destination from the rated CDRs. The CDR pipeline stores each batch's customer charges
 * per destination and per billing period of the calls' start ({@code usage_charge_destination}; a
 * re-rating batch holds its differences the same way). The invoice of a period bills:
 *
 * <ul>
 *   <li>the shares of its own period, summed per destination ({@code Calls <period>});
 *   <li>unbilled shares of earlier periods — calls that arrived after their period was invoiced —
 *       as a separate group ({@code Late usage <period>}, kind LATE_USAGE);
 *   <li>entries without call periods (a batch that did not come from the CDR pipeline, or shares
 *       that do not add up to the entry) whole, when posted before the close, as before.
 * </ul>
 *
 * Shares of later periods stay for their own invoice. Preferred by the issuer over {@link
 * LedgerInvoiceUsageSource}.
 */
@Component
class CdrInvoiceUsageSource implements InvoiceUsageSource {
  private final LedgerInvoiceUsageSource ledger;
  private final PeriodShares shares;

  CdrInvoiceUsageSource(LedgerInvoiceUsageSource ledger, PeriodShares shares) {
    this.ledger = ledger;
    this.shares = shares;
  }

  /** A destination's usage summed over shares. */
  private record Sum(BigDecimal amount, long calls, long seconds) {
    static Sum of(Share s) {
      return new Sum(s.amount(), s.calls(), s.seconds());
    }

    Sum plus(Sum o) {
      return new Sum(amount.add(o.amount), calls + o.calls, seconds + o.seconds);
    }

    boolean isEmpty() {
      return amount.signum() == 0 && calls == 0 && seconds == 0;
    }
  }

  private record PartKey(UUID entry, Instant periodStart) {}

  @Override
  public Usage usage(Query q) {
    Instant from = q.period().startsAt(q.zone());
    List<Share> candidates = shares.unbilledBefore(q, q.period().endsAt(q.zone()));
    List<Unbilled> whole = ledger.unbilled(q);
    Set<UUID> ids = new LinkedHashSet<>();
    candidates.forEach(s -> ids.add(s.entryId()));
    whole.forEach(e -> ids.add(e.entryId()));
    Map<UUID, List<Share>> all = shares.allOf(q, ids);
    Set<UUID> byPeriod = PeriodShares.byPeriod(all, shares.posted(q, ids));

    Map<String, Sum> current = new TreeMap<>();
    Map<List<String>, Sum> late =
        new TreeMap<>(
            (a, b) -> (a.get(0) + "\u0000" + a.get(1)).compareTo(b.get(0) + "\u0000" + b.get(1)));
    Map<PartKey, BigDecimal> parts = new LinkedHashMap<>();
    for (Share s : candidates) {
      if (!byPeriod.contains(s.entryId())) {
        continue;
      }
      if (s.periodStart().isBefore(from)) {
        String key = BillingPeriod.containing(q.period().cycle(), s.periodStart(), q.zone()).key();
        late.merge(List.of(key, s.destination()), Sum.of(s), Sum::plus);
      } else {
        current.merge(s.destination(), Sum.of(s), Sum::plus);
      }
      parts.merge(new PartKey(s.entryId(), s.periodStart()), s.amount(), BigDecimal::add);
    }
    List<Line> ledgerLines = new ArrayList<>();
    for (Unbilled e : whole) {
      if (byPeriod.contains(e.entryId())) {
        continue;
      }
      parts.put(new PartKey(e.entryId(), null), e.amount());
      List<Share> legacy = all.get(e.entryId());
      if (legacy == null || total(legacy).compareTo(e.amount()) != 0) {
        ledgerLines.add(e.line());
      } else {
        legacy.forEach(s -> current.merge(s.destination(), Sum.of(s), Sum::plus));
      }
    }
    return new Usage(
        lines(q, current, ledgerLines, late),
        parts.entrySet().stream()
            .map(p -> new Part(p.getKey().entry(), p.getKey().periodStart(), p.getValue()))
            .toList());
  }

  private static List<Line> lines(
      Query q, Map<String, Sum> current, List<Line> ledgerLines, Map<List<String>, Sum> late) {
    List<Line> lines = new ArrayList<>();
    current.forEach(
        (destination, s) -> {
          if (!s.isEmpty()) {
            lines.add(
                new Line(
                    "Calls " + q.period().key(),
                    destination,
                    s.calls(),
                    s.seconds(),
                    s.amount(),
                    false));
          }
        });
    lines.addAll(ledgerLines);
    late.forEach(
        (k, s) -> {
          if (!s.isEmpty()) {
            lines.add(
                new Line(
                    "Late usage " + k.get(0), k.get(1), s.calls(), s.seconds(), s.amount(), true));
          }
        });
    return lines;
  }

  private static BigDecimal total(List<Share> shares) {
    return shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
