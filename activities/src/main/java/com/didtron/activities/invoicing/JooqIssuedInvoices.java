package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link IssuedInvoices} over the {@code invoice} table. */
@Component
@Transactional(readOnly = true)
class JooqIssuedInvoices implements IssuedInvoices {
  private final DSLContext db;

  JooqIssuedInvoices(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<Issued> issued(AccountId account, CurrencyCode currency, Instant from, Instant to) {
    return db.select(INVOICE.ISSUED_AT, INVOICE.NUMBER, INVOICE.PERIOD_KEY, INVOICE.TOTAL)
        .from(INVOICE)
        .where(of(account, currency, from, to))
        .orderBy(INVOICE.ISSUED_AT, INVOICE.SEQ)
        .fetch(
            r -> new Issued(r.value1(), r.value2(), r.value3(), new Money(r.value4(), currency)));
  }

  @Override
  public Money issuedTotal(AccountId account, CurrencyCode currency, Instant from, Instant to) {
    BigDecimal sum =
        db.select(DSL.sum(INVOICE.TOTAL))
            .from(INVOICE)
            .where(of(account, currency, from, to))
            .fetchSingle()
            .value1();
    return new Money(sum == null ? BigDecimal.ZERO : sum, currency);
  }

  private static Condition of(AccountId account, CurrencyCode currency, Instant from, Instant to) {
    return INVOICE
        .ACCOUNT_ID
        .eq(account.value())
        .and(INVOICE.CURRENCY.eq(currency.code()))
        .and(INVOICE.ISSUED_AT.ge(from))
        .and(INVOICE.ISSUED_AT.lt(to));
  }
}
