package com.didtron.activities.reconciliation;

import com.didtron.activities.cdr.BatchUsage;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerQueries;
import com.didtron.activities.ledger.LedgerQueries.UsagePosting;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Supplier usage from the ledger: the carrier cost entries (CDR batches credited to the carrier's
 * payable) per effective day; minutes from the entries' memo ({@code "<calls> calls, <seconds>
 * s"}).
 */
@Component
class LedgerSupplierUsageSource implements SupplierUsageSource {
  private static final Pattern SECONDS = Pattern.compile("(\\d+) s");

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final BatchUsage batches;

  LedgerSupplierUsageSource(Ledger ledger, LedgerQueries queries, BatchUsage batches) {
    this.ledger = ledger;
    this.queries = queries;
    this.batches = batches;
  }

  @Override
  public List<UsageRow> usage(
      TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to) {
    return usage(tenant, carrier, currency, from, to, false);
  }

  /**
   * As {@link #usage}; with {@code outsidePipeline} only the entries of batches the CDR pipeline
   * did not write ({@link BatchUsage#written}): the rest is in the CDR table.
   */
  List<UsageRow> usage(
      TenantId tenant,
      AccountId carrier,
      CurrencyCode currency,
      LocalDate from,
      LocalDate to,
      boolean outsidePipeline) {
    var sub = ledger.chart().findParty(tenant, LedgerPurpose.CARRIER_PAYABLE, carrier);
    List<UsageRow> rows = new ArrayList<>();
    if (sub.isEmpty()) {
      return rows;
    }
    List<UsagePosting> postings = queries.usagePostings(sub.get().id(), currency, from, to);
    Set<UUID> pipeline =
        outsidePipeline
            ? batches.written(
                postings.stream().map(p -> batchOf(p.batchId())).filter(Objects::nonNull).toList())
            : Set.of();
    for (UsagePosting p : postings) {
      UUID batch = batchOf(p.batchId());
      if (batch != null && pipeline.contains(batch)) {
        continue;
      }
      String memo = p.memo();
      Matcher m = memo == null ? null : SECONDS.matcher(memo);
      BigDecimal minutes =
          m != null && m.find()
              ? new BigDecimal(m.group(1)).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP)
              : BigDecimal.ZERO;
      rows.add(new UsageRow(p.effectiveDate(), null, null, minutes, p.amount().amount().negate()));
    }
    return rows;
  }

  /** The batch a usage entry's source id names (null when it is not a batch's UUID text). */
  private static UUID batchOf(String sourceId) {
    try {
      UUID id = UUID.fromString(sourceId);
      return id.toString().equals(sourceId) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
