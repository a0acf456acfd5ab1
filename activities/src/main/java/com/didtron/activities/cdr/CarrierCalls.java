package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;

/** The rated CDRs of a carrier as other features (reconciliation) see them. */
@Facade
public interface CarrierCalls {
  /**
   * Every RATED CDR of the carrier in this currency that started on one of the days [from, to]
   * (UTC), oldest first: its day, the destination of the carrier's deck entry that priced it (its
   * prefix when unnamed), call id, billed minutes and carrier cost as they stand now.
   */
  List<UsageRow> rated(
      TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to);
}
