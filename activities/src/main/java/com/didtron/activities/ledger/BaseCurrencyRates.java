package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Rates knowing only the base currency itself (rate 1); foreign currencies get no rate. */
@Component
class BaseCurrencyRates implements PostingRates {
  private final DSLContext db;

  BaseCurrencyRates(DSLContext db) {
    this.db = db;
  }

  @Override
  public CurrencyCode baseCurrency(TenantId tenant) {
    return new CurrencyCode(db.select(TENANT.BASE_CURRENCY).from(TENANT)
        .where(TENANT.ID.eq(tenant.value())).fetchSingle(TENANT.BASE_CURRENCY));
  }

  @Override
  public Optional<BigDecimal> rateToBase(TenantId tenant, CurrencyCode currency, LocalDate date) {
    return currency.equals(baseCurrency(tenant)) ? Optional.of(BigDecimal.ONE) : Optional.empty();
  }
}
