package com.didtron.activities.invoicing;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Usage from the ledger alone: every usage entry (source CDR_BATCH) on the customer's sub-account
 * in the invoice currency, posted before the period closed and not billed yet, one line per CDR
 * batch. The ledger does not know destinations, so these lines say "All destinations"; calls and
 * seconds come from the entry's memo ({@code "<calls> calls, <seconds> s"}, written by the ledger's
 * usage sink). A batch belongs to the period in which it was posted (before the close): the ledger
 * does not know when the calls started.
 */
@Component
class LedgerInvoiceUsageSource implements InvoiceUsageSource {
  private static final Pattern MEMO = Pattern.compile("(\\d+) calls, (\\d+) s");

  private final Ledger ledger;
  private final DSLContext db;

  LedgerInvoiceUsageSource(Ledger ledger, DSLContext db) {
    this.ledger = ledger;
    this.db = db;
  }

  /**
   * One unbilled usage entry: what it debited the customer and its line as the ledger alone tells it.
   *
   * @param batchId the CDR batch the entry charged (its source document)
   */
  record Unbilled(UUID entryId, String batchId, BigDecimal amount, Line line) {}

  @Override
  public Usage usage(Query q) {
    List<Unbilled> unbilled = unbilled(q);
    return new Usage(unbilled.stream().map(Unbilled::line).toList(),
        unbilled.stream().map(u -> new Part(u.entryId(), null, u.amount())).toList());
  }

  /** The usage entries not billed at all and posted before the close, in posting order. */
  List<Unbilled> unbilled(Query q) {
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (sub.isEmpty()) {
      return List.of();
    }
    List<Unbilled> out = new ArrayList<>();
    for (Record r : unbilled(q, sub.get())) {
      out.add(new Unbilled(r.get("id", UUID.class), r.get("source_id", String.class),
          r.get("amount", BigDecimal.class), line(r)));
    }
    return out;
  }

  private List<Record> unbilled(Query q, LedgerAccount sub) {
    return db.fetch("""
        SELECT e.id, e.source_id, e.effective_date, b.source, p.amount, p.memo
        FROM journal_entry e
        JOIN posting p ON p.entry_id = e.id
        LEFT JOIN ledger_usage_batch b ON b.batch_id::text = e.source_id
        WHERE e.tenant_id = ? AND e.source_type = 'CDR_BATCH' AND p.ledger_account_id = ?
          AND p.currency = ? AND e.posted_at < ?::timestamptz
          AND NOT EXISTS (SELECT 1 FROM invoice_usage_entry u WHERE u.journal_entry_id = e.id)
        ORDER BY e.entry_no""", q.tenant().value(), sub.id().value(), q.currency().code(),
        q.closesAt());
  }

  private static Line line(Record r) {
    String memo = r.get("memo", String.class);
    Matcher m = memo == null ? null : MEMO.matcher(memo);
    boolean known = m != null && m.find();
    String source = r.get("source", String.class);
    String description = "Usage " + r.get("effective_date") + (source == null ? "" : " (" + source + ")");
    return new Line(description, null, known ? Long.valueOf(m.group(1)) : null,
        known ? Long.valueOf(m.group(2)) : null, r.get("amount", BigDecimal.class));
  }
}
