package com.didtron.activities.ledger;

import com.didtron.activities.Facade;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The FX rate a posting carries: how many units of the tenant's base currency one unit of {@code
 * currency} was worth on the entry's effective date. Implemented by the FX feature.
 */
@Facade
public interface PostingRates {
  /** The tenant's base currency (what the trial balance's base column is in). */
  CurrencyCode baseCurrency(TenantId tenant);

  /** The rate into the base currency on {@code date}; 1 for the base currency; empty if unknown. */
  Optional<BigDecimal> rateToBase(TenantId tenant, CurrencyCode currency, LocalDate date);
}
