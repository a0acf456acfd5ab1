package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.USAGE_CHARGE_DESTINATION;

import com.didtron.activities.invoicing.LedgerInvoiceUsageSource.Unbilled;
import com.didtron.domain.usage.UsageCharge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Usage by destination from the rated CDRs: the same unbilled usage entries the ledger source picks
 * (customer sub-account, CDR batches, posted before the close, not billed yet), each broken down by
 * the destination shares the CDR pipeline stored with its batch ({@code usage_charge_destination},
 * the customer-leg destination names of the batch's rated CDRs; a re-rating batch holds its
 * differences). Shares of all entries are summed per destination into one line each, so the lines
 * add up to the entries exactly. An entry without shares (a batch that did not come from the CDR
 * pipeline) or whose shares do not add up to it keeps the ledger's line. Preferred by the issuer
 * over {@link LedgerInvoiceUsageSource}.
 */
@Component
class CdrInvoiceUsageSource implements InvoiceUsageSource {
  private final LedgerInvoiceUsageSource ledger;
  private final DSLContext db;

  CdrInvoiceUsageSource(LedgerInvoiceUsageSource ledger, DSLContext db) {
    this.ledger = ledger;
    this.db = db;
  }

  /** A batch's (or, summed, the invoice's) usage of one destination. */
  private record Share(String destination, BigDecimal amount, long calls, long seconds) {
    Share plus(Share o) {
      return new Share(destination, amount.add(o.amount), calls + o.calls, seconds + o.seconds);
    }

    boolean isEmpty() {
      return amount.signum() == 0 && calls == 0 && seconds == 0;
    }
  }

  @Override
  public Usage usage(Query q) {
    List<Unbilled> entries = ledger.unbilled(q);
    Map<UUID, List<Share>> shares = shares(q, entries);
    Map<String, Share> byDestination = new TreeMap<>();
    List<Line> ledgerLines = new ArrayList<>();
    for (Unbilled e : entries) {
      List<Share> batch = shares.get(batchId(e));
      if (batch == null || total(batch).compareTo(e.amount()) != 0) {
        ledgerLines.add(e.line());
        continue;
      }
      batch.forEach(s -> byDestination.merge(s.destination(), s, Share::plus));
    }
    List<Line> lines = new ArrayList<>();
    for (Share s : byDestination.values()) {
      if (!s.isEmpty()) {
        lines.add(new Line("Calls " + q.period().key(), s.destination(), s.calls(), s.seconds(), s.amount()));
      }
    }
    lines.addAll(ledgerLines);
    return new Usage(lines, entries.stream().map(Unbilled::entryId).toList());
  }

  /** The customer-leg destination shares of the entries' batches, per batch. */
  private Map<UUID, List<Share>> shares(Query q, List<Unbilled> entries) {
    Map<UUID, List<Share>> out = new HashMap<>();
    List<UUID> batches = entries.stream().map(CdrInvoiceUsageSource::batchId)
        .filter(Objects::nonNull).toList();
    if (batches.isEmpty()) {
      return out;
    }
    var d = USAGE_CHARGE_DESTINATION;
    db.select(d.BATCH_ID, d.DESTINATION, d.AMOUNT, d.CALLS, d.BILLABLE_SECONDS).from(d)
        .where(d.BATCH_ID.in(batches)).and(d.ACCOUNT_ID.eq(q.account().value()))
        .and(d.LEG.eq(UsageCharge.Leg.CUSTOMER.name())).and(d.CURRENCY.eq(q.currency().code()))
        .forEach(r -> out.computeIfAbsent(r.value1(), b -> new ArrayList<>())
            .add(new Share(r.value2(), r.value3(), r.value4(), r.value5())));
    return out;
  }

  private static BigDecimal total(List<Share> shares) {
    return shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static UUID batchId(Unbilled e) {
    try {
      return e.batchId() == null ? null : UUID.fromString(e.batchId());
    } catch (IllegalArgumentException notABatch) {
      return null;
    }
  }
}
