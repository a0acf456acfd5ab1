package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_ACCRUAL;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily rental already charged for an account's numbers ({@code did_accrual}): what the invoice
 * lists as DID_ACCRUAL lines and the customer's "Daily charges" page shows. Pay as you go: each row
 * was posted to the ledger the day it was charged, so readers only list it.
 */
@Facade
@Service
public class DidAccruals {
  /** One number's rental over days {@code [from, to)}: how many days were charged and their sum. */
  public record NumberRental(UUID didId, String number, int days, BigDecimal amount) {}

  private final DSLContext db;

  DidAccruals(DSLContext db) {
    this.db = db;
  }

  /** Each number's charged days in {@code [from, to)} in the currency, ordered by number. */
  @Transactional(readOnly = true)
  public List<NumberRental> byNumber(
      TenantId tenant, AccountId account, CurrencyCode currency, LocalDate from, LocalDate to) {
    var days = DSL.count();
    var sum = DSL.sum(DID_ACCRUAL.AMOUNT);
    return db.select(DID_ACCRUAL.DID_ID, DID_ACCRUAL.NUMBER, days, sum)
        .from(DID_ACCRUAL)
        .where(DID_ACCRUAL.TENANT_ID.eq(tenant.value()))
        .and(DID_ACCRUAL.ACCOUNT_ID.eq(account.value()))
        .and(DID_ACCRUAL.CURRENCY.eq(currency.code()))
        .and(DID_ACCRUAL.DAY.ge(from))
        .and(DID_ACCRUAL.DAY.lt(to))
        .groupBy(DID_ACCRUAL.DID_ID, DID_ACCRUAL.NUMBER)
        .orderBy(DID_ACCRUAL.NUMBER, DID_ACCRUAL.DID_ID)
        .fetch(r -> new NumberRental(r.value1(), r.value2(), r.value3(), r.value4().setScale(6)));
  }
}
