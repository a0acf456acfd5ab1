package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@link CarrierCalls} from the {@code cdr} table. */
@Component
class JooqCarrierCalls implements CarrierCalls {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final DSLContext db;

  JooqCarrierCalls(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<UsageRow> rated(
      TenantId tenant, AccountId carrier, CurrencyCode currency, LocalDate from, LocalDate to) {
    List<UsageRow> rows = new ArrayList<>();
    db.select(
            CDR.START_TIME,
            CDR.CALL_ID,
            CDR.CARRIER_DESTINATION,
            CDR.CARRIER_PREFIX,
            CDR.CARRIER_BILLABLE,
            CDR.CARRIER_COST)
        .from(CDR)
        .where(CDR.TENANT_ID.eq(tenant.value()))
        .and(CDR.CARRIER_ID.eq(carrier.value()))
        .and(CDR.STATUS.eq(RatingStatus.RATED))
        .and(CDR.CARRIER_CURRENCY.eq(currency.code()))
        .and(CDR.START_TIME.ge(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
        .and(CDR.START_TIME.lt(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .orderBy(CDR.START_TIME, CDR.CALL_ID)
        .forEach(
            r ->
                rows.add(
                    new UsageRow(
                        LocalDate.ofInstant(r.value1(), ZoneOffset.UTC),
                        r.value3() != null ? r.value3() : r.value4(),
                        r.value2(),
                        BigDecimal.valueOf(r.value5()).divide(SIXTY, 6, RoundingMode.HALF_UP),
                        r.value6())));
    return rows;
  }
}
