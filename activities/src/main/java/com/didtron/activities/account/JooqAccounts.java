package com.didtron.activities.account;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.db.tables.records.AccountRecord;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.tenant.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@link Accounts} over the {@code account} table. */
@Component
class JooqAccounts implements Accounts {
  private final DSLContext db;

  JooqAccounts(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return db.selectFrom(ACCOUNT)
        .where(ACCOUNT.ID.eq(id.value()))
        .fetchOptional(JooqAccountRepository::toAccount);
  }

  @Override
  public Optional<Account> find(TenantId tenant, AccountId id) {
    return db.selectFrom(ACCOUNT)
        .where(inTenant(tenant, id))
        .fetchOptional(JooqAccountRepository::toAccount);
  }

  @Override
  public Map<AccountId, String> names(Collection<AccountId> ids) {
    Map<AccountId, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    db.select(ACCOUNT.ID, ACCOUNT.NAME)
        .from(ACCOUNT)
        .where(ACCOUNT.ID.in(ids.stream().map(AccountId::value).distinct().toList()))
        .orderBy(ACCOUNT.NAME, ACCOUNT.ID)
        .forEach(r -> names.put(new AccountId(r.value1()), r.value2()));
    return names;
  }

  @Override
  public List<Account> live(TenantId tenant) {
    return db.selectFrom(ACCOUNT)
        .where(ACCOUNT.TENANT_ID.eq(tenant.value()).and(ACCOUNT.DELETED_AT.isNull()))
        .fetch(JooqAccountRepository::toAccount);
  }

  @Override
  public List<Account> liveOfKind(AccountKind kind) {
    return db.selectFrom(ACCOUNT)
        .where(ACCOUNT.KIND.eq(kind.name()).and(ACCOUNT.DELETED_AT.isNull()))
        .fetch(JooqAccountRepository::toAccount);
  }

  @Override
  public List<AccountId> named(TenantId tenant, String text) {
    Condition where = ACCOUNT.TENANT_ID.eq(tenant.value());
    if (text != null && !text.isBlank()) {
      where = where.and(ACCOUNT.NAME.containsIgnoreCase(text.strip()));
    }
    return db.select(ACCOUNT.ID)
        .from(ACCOUNT)
        .where(where)
        .orderBy(ACCOUNT.NAME, ACCOUNT.ID)
        .fetch(r -> new AccountId(r.value1()));
  }

  @Override
  public List<AccountId> liveAmong(Collection<AccountId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.select(ACCOUNT.ID)
        .from(ACCOUNT)
        .where(
            ACCOUNT
                .ID
                .in(ids.stream().map(AccountId::value).distinct().toList())
                .and(ACCOUNT.DELETED_AT.isNull()))
        .fetch(r -> new AccountId(r.value1()));
  }

  @Override
  public Optional<Billed> billed(TenantId tenant, AccountId id) {
    return db.selectFrom(ACCOUNT).where(inTenant(tenant, id)).fetchOptional(JooqAccounts::toBilled);
  }

  @Override
  public Optional<Billed> billedForUpdate(TenantId tenant, AccountId id) {
    return db.selectFrom(ACCOUNT)
        .where(inTenant(tenant, id))
        .forUpdate()
        .fetchOptional(JooqAccounts::toBilled);
  }

  @Override
  public List<Billed> liveCustomers() {
    return db.selectFrom(ACCOUNT)
        .where(
            ACCOUNT
                .DELETED_AT
                .isNull()
                .and(ACCOUNT.KIND.in(AccountKind.CUSTOMER.name(), AccountKind.BOTH.name())))
        .fetch(JooqAccounts::toBilled);
  }

  @Override
  public void setBillingTerms(AccountId id, BillingTerms terms) {
    db.update(ACCOUNT)
        .set(ACCOUNT.BILLING_CYCLE, terms.cycle().name())
        .set(ACCOUNT.BILLING_TIME_ZONE, terms.zone().getId())
        .set(ACCOUNT.TAX_RATE, terms.taxRate())
        .set(ACCOUNT.PAYMENT_DUE_DAYS, terms.dueDays())
        .where(ACCOUNT.ID.eq(id.value()))
        .execute();
  }

  private static Condition inTenant(TenantId tenant, AccountId id) {
    return ACCOUNT.ID.eq(id.value()).and(ACCOUNT.TENANT_ID.eq(tenant.value()));
  }

  private static Billed toBilled(AccountRecord r) {
    return new Billed(
        JooqAccountRepository.toAccount(r),
        new BillingTerms(
            BillingCycle.valueOf(r.getBillingCycle()),
            BillingTerms.zone(r.getBillingTimeZone()),
            r.getTaxRate(),
            r.getPaymentDueDays()));
  }
}
