package com.didtron.activities.reconciliation;

import com.didtron.activities.ledger.Ledger;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Supplier usage from the ledger: the carrier cost entries (CDR batches credited to the carrier's
 * payable) per effective day; minutes from the entries' memo ({@code "<calls> calls, <seconds> s"}).
 */
@Component
class LedgerSupplierUsageSource implements SupplierUsageSource {
  private static final Pattern SECONDS = Pattern.compile("(\\d+) s");

  private final Ledger ledger;
  private final DSLContext db;

  LedgerSupplierUsageSource(Ledger ledger, DSLContext db) {
    this.ledger = ledger;
    this.db = db;
  }

  @Override
  public List<UsageRow> usage(TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to) {
    return usage(tenant, carrier, currency, from, to, false);
  }

  /**
   * As {@link #usage}; with {@code outsidePipeline} only the entries of batches the CDR pipeline
   * did not write (no {@code usage_batch}): the rest is in the CDR table.
   */
  List<UsageRow> usage(TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from,
      LocalDate to, boolean outsidePipeline) {
    var sub = ledger.chart().findParty(tenant, LedgerPurpose.CARRIER_PAYABLE, carrier);
    List<UsageRow> rows = new ArrayList<>();
    if (sub.isEmpty()) {
      return rows;
    }
    for (Record r : db.fetch("""
        SELECT e.effective_date, p.amount, p.memo FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.ledger_account_id = ? AND p.currency = ? AND e.source_type = 'CDR_BATCH'
          AND e.effective_date BETWEEN ? AND ?
          AND NOT (? AND EXISTS (SELECT 1 FROM usage_batch b WHERE b.id::text = e.source_id))""",
        sub.get().id().value(), currency.code(), from, to, outsidePipeline)) {
      String memo = r.get("memo", String.class);
      Matcher m = memo == null ? null : SECONDS.matcher(memo);
      BigDecimal minutes = m != null && m.find()
          ? new BigDecimal(m.group(1)).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP) : BigDecimal.ZERO;
      rows.add(new UsageRow(r.get("effective_date", LocalDate.class), null, null, minutes,
          r.get("amount", BigDecimal.class).negate()));
    }
    return rows;
  }
}
