package com.didtron.activities.fx;

import static com.didtron.activities.db.Tables.FX_RATE;
import static com.didtron.activities.db.Tables.FX_RATE_OVERRIDE;

import com.didtron.activities.Facade;
import com.didtron.activities.ledger.PostingRates;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.FxRatesChanged;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate between two currencies on a day, in this order: the same currency is 1; a tenant's
 * manual override (the latest valid on that day, either direction) wins; else the published daily
 * rates (cross rates over USD) of that day or, if that day is missing, of the latest day in the
 * week before. Never fetched while posting: the cache is filled by the daily refresh.
 */
@Service
@Facade
public class FxRates implements PostingRates {
  /** Decimals kept for rates. */
  public static final int SCALE = 12;

  /** How far back a missing day's rate may come from. */
  static final int LOOKBACK_DAYS = 7;

  private final DSLContext db;
  private final Tenants tenants;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public FxRates(DSLContext db, Tenants tenants, Clock clock, ApplicationEventPublisher events) {
    this.db = db;
    this.tenants = tenants;
    this.clock = clock;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public CurrencyCode baseCurrency(TenantId tenant) {
    return tenants.find(tenant).orElseThrow().baseCurrency();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> rateToBase(TenantId tenant, CurrencyCode currency, LocalDate date) {
    return rate(tenant, currency, baseCurrency(tenant), date);
  }

  /** How many units of {@code to} one unit of {@code from} is worth on {@code day}. */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> rate(
      TenantId tenant, CurrencyCode from, CurrencyCode to, LocalDate day) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    Optional<BigDecimal> manual = override(tenant, from, to, day);
    if (manual.isPresent()) {
      return manual;
    }
    return override(tenant, to, from, day).map(FxRates::inverse).or(() -> published(from, to, day));
  }

  /** Stores a day's published rates (units per 1 USD); a day fetched again is overwritten. */
  @Transactional
  public int store(LocalDate day, Map<String, BigDecimal> perUsd, String source) {
    var now = clock.instant();
    for (Map.Entry<String, BigDecimal> e : perUsd.entrySet()) {
      BigDecimal rate = e.getValue().setScale(SCALE, RoundingMode.HALF_UP);
      if (rate.signum() <= 0) {
        continue;
      }
      db.insertInto(FX_RATE)
          .set(FX_RATE.DAY, day)
          .set(FX_RATE.CURRENCY, e.getKey())
          .set(FX_RATE.PER_USD, rate)
          .set(FX_RATE.SOURCE, source)
          .set(FX_RATE.FETCHED_AT, now)
          .onConflict(FX_RATE.DAY, FX_RATE.CURRENCY)
          .doUpdate()
          .set(FX_RATE.PER_USD, rate)
          .set(FX_RATE.SOURCE, source)
          .set(FX_RATE.FETCHED_AT, now)
          .execute();
    }
    events.publishEvent(new FxRatesChanged(source));
    return perUsd.size();
  }

  private Optional<BigDecimal> override(
      TenantId tenant, CurrencyCode base, CurrencyCode quote, LocalDate day) {
    return db.select(FX_RATE_OVERRIDE.RATE)
        .from(FX_RATE_OVERRIDE)
        .where(FX_RATE_OVERRIDE.TENANT_ID.eq(tenant.value()))
        .and(FX_RATE_OVERRIDE.BASE_CURRENCY.eq(base.code()))
        .and(FX_RATE_OVERRIDE.QUOTE_CURRENCY.eq(quote.code()))
        .and(FX_RATE_OVERRIDE.VALID_FROM.le(day))
        .orderBy(FX_RATE_OVERRIDE.VALID_FROM.desc())
        .limit(1)
        .fetchOptional(FX_RATE_OVERRIDE.RATE);
  }

  private Optional<BigDecimal> published(CurrencyCode from, CurrencyCode to, LocalDate day) {
    List<String> codes =
        Stream.of(from.code(), to.code())
            .filter(c -> !"USD".equals(c))
            .toList(); // USD is 1 per USD by definition
    Optional<LocalDate> latest =
        db.select(FX_RATE.DAY)
            .from(FX_RATE)
            .where(FX_RATE.DAY.between(day.minusDays(LOOKBACK_DAYS), day))
            .and(FX_RATE.CURRENCY.in(codes))
            .groupBy(FX_RATE.DAY)
            .having(DSL.count().eq(codes.size()))
            .orderBy(FX_RATE.DAY.desc())
            .limit(1)
            .fetchOptional(FX_RATE.DAY);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    Map<String, BigDecimal> perUsd =
        db.select(FX_RATE.CURRENCY, FX_RATE.PER_USD)
            .from(FX_RATE)
            .where(FX_RATE.DAY.eq(latest.get()))
            .and(FX_RATE.CURRENCY.in(codes))
            .fetchMap(Record2::value1, Record2::value2);
    BigDecimal fromPerUsd = perUsd.getOrDefault(from.code(), BigDecimal.ONE);
    BigDecimal toPerUsd = perUsd.getOrDefault(to.code(), BigDecimal.ONE);
    return Optional.of(toPerUsd.divide(fromPerUsd, SCALE, RoundingMode.HALF_UP));
  }

  static BigDecimal inverse(BigDecimal rate) {
    return BigDecimal.ONE.divide(rate, SCALE, RoundingMode.HALF_UP);
  }

  /** Today in UTC by the platform clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
