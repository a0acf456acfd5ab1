package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static java.math.BigDecimal.ZERO;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TrafficFigures} over the {@code cdr} table, one grouped query per call. */
@Component
class JooqTrafficFigures implements TrafficFigures {
  private final DSLContext db;

  JooqTrafficFigures(DSLContext db) {
    this.db = db;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Leg> customer(AccountId account, Instant from, Instant to) {
    return leg(
        CDR.ACCOUNT_ID.eq(account.value()),
        CDR.CUSTOMER_CURRENCY,
        CDR.CUSTOMER_BILLABLE,
        CDR.CUSTOMER_COST,
        from,
        to);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Leg> carrier(AccountId carrier, Instant from, Instant to) {
    return leg(
        CDR.CARRIER_ID.eq(carrier.value()),
        CDR.CARRIER_CURRENCY,
        CDR.CARRIER_BILLABLE,
        CDR.CARRIER_COST,
        from,
        to);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Both> tenant(TenantId tenant, Instant from, Instant to) {
    Map<List<String>, Both> lines = new LinkedHashMap<>();
    db.select(
            CDR.STATUS,
            CDR.CUSTOMER_CURRENCY,
            CDR.CARRIER_CURRENCY,
            count(),
            coalesce(sum(CDR.CUSTOMER_BILLABLE), BigDecimal.ZERO),
            coalesce(sum(CDR.CUSTOMER_COST), BigDecimal.ZERO),
            coalesce(sum(CDR.CARRIER_COST), BigDecimal.ZERO),
            coalesce(sum(CDR.MARGIN), BigDecimal.ZERO))
        .from(CDR)
        .where(CDR.TENANT_ID.eq(tenant.value()), within(from, to))
        .groupBy(CDR.STATUS, CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY)
        .forEach(
            r -> {
              boolean rated = r.value1() == RatingStatus.RATED;
              Both b =
                  rated
                      ? new Both(
                          strip(r.value2()),
                          strip(r.value3()),
                          r.value4(),
                          r.value5().longValue(),
                          r.value6(),
                          r.value7(),
                          r.value8())
                      : new Both(null, null, r.value4(), 0, ZERO, ZERO, ZERO);
              lines.merge(
                  Arrays.asList(b.customerCurrency(), b.carrierCurrency()),
                  b,
                  (x, y) ->
                      new Both(
                          x.customerCurrency(),
                          x.carrierCurrency(),
                          x.calls() + y.calls(),
                          x.billableSeconds() + y.billableSeconds(),
                          x.revenue().add(y.revenue()),
                          x.cost().add(y.cost()),
                          x.margin().add(y.margin())));
            });
    return List.copyOf(lines.values());
  }

  /**
   * One leg's calls grouped by status and currency; the calls not rated are summed under a null
   * currency.
   */
  private List<Leg> leg(
      Condition who,
      Field<String> currency,
      Field<Long> billable,
      Field<BigDecimal> cost,
      Instant from,
      Instant to) {
    Map<String, Leg> lines = new LinkedHashMap<>();
    db.select(
            CDR.STATUS,
            currency,
            count(),
            coalesce(sum(billable), BigDecimal.ZERO),
            coalesce(sum(cost), BigDecimal.ZERO))
        .from(CDR)
        .where(who, within(from, to))
        .groupBy(CDR.STATUS, currency)
        .forEach(
            r -> {
              boolean rated = r.value1() == RatingStatus.RATED && r.value2() != null;
              Leg l =
                  rated
                      ? new Leg(strip(r.value2()), r.value3(), r.value4().longValue(), r.value5())
                      : new Leg(null, r.value3(), 0, ZERO);
              lines.merge(
                  String.valueOf(l.currency()),
                  l,
                  (x, y) ->
                      new Leg(
                          x.currency(),
                          x.calls() + y.calls(),
                          x.billableSeconds() + y.billableSeconds(),
                          x.amount().add(y.amount())));
            });
    return List.copyOf(lines.values());
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static Condition within(Instant from, Instant to) {
    return CDR.START_TIME.ge(from).and(CDR.START_TIME.lt(to));
  }
}
