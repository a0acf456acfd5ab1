package com.didtron.activities.reconciliation;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;

/**
 * Our supplier-rated usage of a carrier for reconciliation, as rows per call (with destination and
 * call id) when the source has calls, else per day. {@link CdrSupplierUsageSource} answers per call
 * from the rated CDR table; {@link LedgerSupplierUsageSource} answers from the ledger's carrier
 * cost entries (per day, no destinations, no calls) and is the fallback: reconciliation prefers any
 * other implementation.
 */
interface SupplierUsageSource {
  /** Usage on days [from, to] inclusive, in {@code currency}. */
  List<UsageRow> usage(
      TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to);
}
