package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@link Invoices} over the {@code invoice} table. */
@Component
class JooqInvoices implements Invoices {
  private final DSLContext db;

  JooqInvoices(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<Credited> lockForCredit(TenantId tenant, UUID invoiceId) {
    return db.select(
            INVOICE.ID,
            INVOICE.ACCOUNT_ID,
            INVOICE.NUMBER,
            INVOICE.CURRENCY,
            INVOICE.TAX,
            INVOICE.TOTAL)
        .from(INVOICE)
        .where(INVOICE.ID.eq(invoiceId).and(INVOICE.TENANT_ID.eq(tenant.value())))
        .forUpdate()
        .fetchOptional(
            r -> {
              CurrencyCode currency = new CurrencyCode(r.value4());
              return new Credited(
                  r.value1(),
                  new AccountId(r.value2()),
                  r.value3(),
                  currency,
                  new Money(r.value5(), currency),
                  new Money(r.value6(), currency));
            });
  }

  @Override
  public Map<UUID, String> numbers(Collection<UUID> invoiceIds) {
    Map<UUID, String> numbers = new HashMap<>();
    if (!invoiceIds.isEmpty()) {
      db.select(INVOICE.ID, INVOICE.NUMBER)
          .from(INVOICE)
          .where(INVOICE.ID.in(invoiceIds))
          .forEach(r -> numbers.put(r.value1(), r.value2()));
    }
    return numbers;
  }
}
