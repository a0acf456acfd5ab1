package com.didtron.activities.invoicing;

import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerQueries;
import com.didtron.activities.ledger.LedgerQueries.UsagePosting;
import com.didtron.domain.ledger.LedgerPurpose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private final LedgerQueries queries;
  private final BilledUsage billed;

  LedgerInvoiceUsageSource(Ledger ledger, LedgerQueries queries, BilledUsage billed) {
    this.ledger = ledger;
    this.queries = queries;
    this.billed = billed;
  }

  /**
   * One unbilled usage entry: what it debited the customer and its line as the ledger alone tells
   * it.
   *
   * @param batchId the CDR batch the entry charged (its source document)
   */
  record Unbilled(UUID entryId, String batchId, BigDecimal amount, Line line) {}

  @Override
  public Usage usage(Query q) {
    List<Unbilled> unbilled = unbilled(q);
    return new Usage(
        unbilled.stream().map(Unbilled::line).toList(),
        unbilled.stream().map(u -> new Part(u.entryId(), null, u.amount())).toList());
  }

  /** The usage entries not billed at all and posted before the close, in posting order. */
  List<Unbilled> unbilled(Query q) {
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (sub.isEmpty()) {
      return List.of();
    }
    List<UsagePosting> postings =
        queries.usagePostings(q.tenant(), sub.get().id(), q.currency(), q.closesAt());
    Set<UUID> done =
        billed
            .parts(postings.stream().map(UsagePosting::entryId).collect(Collectors.toSet()))
            .keySet();
    List<Unbilled> out = new ArrayList<>();
    for (UsagePosting p : postings) {
      if (!done.contains(p.entryId())) {
        out.add(new Unbilled(p.entryId(), p.batchId(), p.amount().amount(), line(p)));
      }
    }
    return out;
  }

  private static Line line(UsagePosting p) {
    String memo = p.memo();
    Matcher m = memo == null ? null : MEMO.matcher(memo);
    boolean known = m != null && m.find();
    String source = p.batchSource();
    String description = "Usage " + p.effectiveDate() + (source == null ? "" : " (" + source + ")");
    return new Line(
        description,
        null,
        known ? Long.valueOf(m.group(1)) : null,
        known ? Long.valueOf(m.group(2)) : null,
        p.amount().amount());
  }
}
