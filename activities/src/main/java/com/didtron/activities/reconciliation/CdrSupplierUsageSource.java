package com.didtron.activities.reconciliation;

import com.didtron.activities.cdr.CarrierCalls;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Our supplier-rated usage of a carrier call by call from the rated CDR table: every RATED CDR of
 * the carrier in the carrier's currency that started on one of the days (UTC), with its call id,
 * the destination of the carrier's deck entry that priced it (its prefix when unnamed), billed
 * minutes and carrier cost as they stand now (after any re-rating). Carrier cost entries in the
 * ledger that did not come from the CDR pipeline are added per day as the ledger source has them.
 * Preferred by reconciliation over {@link LedgerSupplierUsageSource}.
 */
@Component
class CdrSupplierUsageSource implements SupplierUsageSource {
  private final LedgerSupplierUsageSource ledger;
  private final CarrierCalls calls;

  CdrSupplierUsageSource(LedgerSupplierUsageSource ledger, CarrierCalls calls) {
    this.ledger = ledger;
    this.calls = calls;
  }

  @Override
  public List<UsageRow> usage(
      TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to) {
    List<UsageRow> rows = new ArrayList<>(calls.rated(tenant, carrier, currency, from, to));
    rows.addAll(ledger.usage(tenant, carrier, currency, from, to, true));
    return rows;
  }
}
