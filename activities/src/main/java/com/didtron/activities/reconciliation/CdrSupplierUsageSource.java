package com.didtron.activities.reconciliation;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.reconciliation.UsageRow;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Our supplier-rated usage of a carrier call by call from the rated CDR table: every RATED CDR of
 * the carrier in the carrier's currency that started on one of the days (UTC), with its call id, the
 * destination of the carrier's deck entry that priced it (its prefix when unnamed), billed minutes
 * and carrier cost as they stand now (after any re-rating). Carrier cost entries in the ledger that
 * did not come from the CDR pipeline are added per day as the ledger source has them. Preferred by
 * reconciliation over {@link LedgerSupplierUsageSource}.
 */
@Component
class CdrSupplierUsageSource implements SupplierUsageSource {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final LedgerSupplierUsageSource ledger;
  private final DSLContext db;

  CdrSupplierUsageSource(LedgerSupplierUsageSource ledger, DSLContext db) {
    this.ledger = ledger;
    this.db = db;
  }

  @Override
  public List<UsageRow> usage(TenantId tenant, AccountId carrier, CurrencyCode currency,
      LocalDate from, LocalDate to) {
    List<UsageRow> rows = new ArrayList<>();
    db.select(CDR.START_TIME, CDR.CALL_ID, CDR.CARRIER_DESTINATION, CDR.CARRIER_PREFIX,
            CDR.CARRIER_BILLABLE, CDR.CARRIER_COST)
        .from(CDR)
        .where(CDR.TENANT_ID.eq(tenant.value())).and(CDR.CARRIER_ID.eq(carrier.value()))
        .and(CDR.STATUS.eq("RATED")).and(CDR.CARRIER_CURRENCY.eq(currency.code()))
        .and(CDR.START_TIME.ge(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
        .and(CDR.START_TIME.lt(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
        .orderBy(CDR.START_TIME, CDR.CALL_ID)
        .forEach(r -> rows.add(new UsageRow(LocalDate.ofInstant(r.value1(), ZoneOffset.UTC),
            r.value3() != null ? r.value3() : r.value4(), r.value2(),
            BigDecimal.valueOf(r.value5()).divide(SIXTY, 6, RoundingMode.HALF_UP), r.value6())));
    rows.addAll(ledger.usage(tenant, carrier, currency, from, to, true));
    return rows;
  }
}
