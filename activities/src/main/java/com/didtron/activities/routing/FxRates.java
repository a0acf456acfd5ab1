package com.didtron.activities.routing;

import static com.didtron.activities.db.Tables.FX_MANUAL_RATE;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.lcr.CurrencyConversion;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual exchange rates into a tenant's base currency, so LCR can compare carriers that bill in
 * different currencies. Kept by hand for now (an automatic source can fill the same table later).
 */
@Service("routingFxRates") // money's com.didtron.activities.fx.FxRates is the bean "fxRates"
public class FxRates {
  private final DSLContext db;
  private final AuditTrail audit;
  private final Clock clock;

  FxRates(DSLContext db, AuditTrail audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** The tenant's rates: units of the base currency per unit of each currency. */
  @Transactional(readOnly = true)
  public Map<CurrencyCode, BigDecimal> rates(Actor actor) {
    RatingAccess.requireReader(actor);
    return ratesOf(actor.tenantId());
  }

  /** Sets how many units of the base currency one unit of {@code currency} is worth. */
  @Transactional
  public void set(Actor actor, CurrencyCode currency, BigDecimal rateToBase) {
    RatingAccess.requireWriter(actor);
    if (rateToBase == null || rateToBase.signum() <= 0) {
      throw new IllegalArgumentException("an exchange rate must be a positive number");
    }
    Optional<BigDecimal> before = Optional.ofNullable(ratesOf(actor.tenantId()).get(currency));
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    db.insertInto(FX_MANUAL_RATE)
        .set(FX_MANUAL_RATE.TENANT_ID, actor.tenantId().value())
        .set(FX_MANUAL_RATE.CURRENCY, currency.code())
        .set(FX_MANUAL_RATE.RATE_TO_BASE, rateToBase)
        .set(FX_MANUAL_RATE.UPDATED_AT, now)
        .onConflict(FX_MANUAL_RATE.TENANT_ID, FX_MANUAL_RATE.CURRENCY).doUpdate()
        .set(FX_MANUAL_RATE.RATE_TO_BASE, rateToBase).set(FX_MANUAL_RATE.UPDATED_AT, now)
        .execute();
    audit.record(actor, actor.tenantId(), before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        "fx_manual_rate", currency.code(),
        before.map(b -> Map.<String, Object>of("rateToBase", b.toPlainString())).orElse(null),
        Map.of("rateToBase", rateToBase.toPlainString()));
  }

  /** The conversion into {@code base} with the tenant's rates (the base itself converts at 1). */
  @Transactional(readOnly = true)
  public CurrencyConversion conversion(TenantId tenant, CurrencyCode base) {
    return CurrencyConversion.of(base, ratesOf(tenant));
  }

  private Map<CurrencyCode, BigDecimal> ratesOf(TenantId tenant) {
    Map<CurrencyCode, BigDecimal> rates = new LinkedHashMap<>();
    db.selectFrom(FX_MANUAL_RATE).where(FX_MANUAL_RATE.TENANT_ID.eq(tenant.value()))
        .orderBy(FX_MANUAL_RATE.CURRENCY)
        .forEach(r -> rates.put(new CurrencyCode(r.getCurrency()), r.getRateToBase()));
    return rates;
  }
}
