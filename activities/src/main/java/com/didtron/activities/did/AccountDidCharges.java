package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_ACCRUAL;

import com.didtron.activities.Facade;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily rental charged to one account ({@code did_accrual}), as its "Daily charges" page lists
 * it: one row per number and day, newest first, optionally one month only, with the total. Staff of
 * the account's tenant and the account's own portal users read it; anyone else is refused as for an
 * unknown account. Never shows cost nor supplier: the rows carry the sell price only.
 */
@Facade
@Service
public class AccountDidCharges {
  /** At most this many rows are listed; the totals always cover every matching row. */
  public static final int MAX_ROWS = 2_000;

  /** One number's charge for one day (UTC). */
  public record Charge(
      LocalDate day, String number, BigDecimal monthlyPrice, BigDecimal amount, String currency) {}

  /**
   * The charges, newest first (at most {@link #MAX_ROWS}), and the total of all matching rows per
   * currency.
   */
  public record Charges(List<Charge> rows, Map<String, BigDecimal> totals, long count) {}

  private final DSLContext db;

  AccountDidCharges(DSLContext db) {
    this.db = db;
  }

  /** The account's charges, of {@code month} only when not null. */
  @Transactional(readOnly = true)
  public Charges list(Actor actor, AccountId account, YearMonth month) {
    AccessPolicy.requireCanView(actor, actor.tenantId(), account);
    Condition where =
        DID_ACCRUAL
            .TENANT_ID
            .eq(actor.tenantId().value())
            .and(DID_ACCRUAL.ACCOUNT_ID.eq(account.value()));
    if (month != null) {
      where =
          where
              .and(DID_ACCRUAL.DAY.ge(month.atDay(1)))
              .and(DID_ACCRUAL.DAY.lt(month.plusMonths(1).atDay(1)));
    }
    List<Charge> rows =
        db.select(
                DID_ACCRUAL.DAY,
                DID_ACCRUAL.NUMBER,
                DID_ACCRUAL.MONTHLY_PRICE,
                DID_ACCRUAL.AMOUNT,
                DID_ACCRUAL.CURRENCY)
            .from(DID_ACCRUAL)
            .where(where)
            .orderBy(DID_ACCRUAL.DAY.desc(), DID_ACCRUAL.NUMBER)
            .limit(MAX_ROWS)
            .fetch(r -> new Charge(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    long count = 0;
    for (var r :
        db.select(DID_ACCRUAL.CURRENCY, DSL.sum(DID_ACCRUAL.AMOUNT), DSL.count())
            .from(DID_ACCRUAL)
            .where(where)
            .groupBy(DID_ACCRUAL.CURRENCY)
            .orderBy(DID_ACCRUAL.CURRENCY)
            .fetch()) {
      totals.put(r.value1(), r.value2().setScale(6));
      count += r.value3();
    }
    return new Charges(rows, totals, count);
  }

  /** The months the account was charged in, newest first (the page's month filter). */
  @Transactional(readOnly = true)
  public List<YearMonth> months(Actor actor, AccountId account) {
    AccessPolicy.requireCanView(actor, actor.tenantId(), account);
    var month =
        DSL.field("cast(date_trunc('month', {0}) as date)", SQLDataType.LOCALDATE, DID_ACCRUAL.DAY);
    return db.selectDistinct(month)
        .from(DID_ACCRUAL)
        .where(DID_ACCRUAL.TENANT_ID.eq(actor.tenantId().value()))
        .and(DID_ACCRUAL.ACCOUNT_ID.eq(account.value()))
        .orderBy(month.desc())
        .fetch(r -> YearMonth.from(r.value1()));
  }
}
