package com.didtron.activities.account;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.db.tables.records.AccountRecord;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccountRepository {
  private final DSLContext db;

  JooqAccountRepository(DSLContext db) {
    this.db = db;
  }

  Page<Account> find(TenantId tenant, AccountFilter filter, AccountId onlyThis, PageRequest page) {
    Condition where = conditions(tenant, filter, onlyThis);
    long total = db.fetchCount(ACCOUNT, where);
    List<Account> rows =
        db.selectFrom(ACCOUNT)
            .where(where)
            .orderBy(ACCOUNT.NAME, ACCOUNT.ID)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqAccountRepository::toAccount);
    return new Page<>(rows, total);
  }

  private static Condition conditions(TenantId tenant, AccountFilter f, AccountId onlyThis) {
    List<Condition> c = new ArrayList<>();
    c.add(ACCOUNT.TENANT_ID.eq(tenant.value()));
    c.add(f.deleted() ? ACCOUNT.DELETED_AT.isNotNull() : ACCOUNT.DELETED_AT.isNull());
    if (onlyThis != null) {
      c.add(ACCOUNT.ID.eq(onlyThis.value()));
    }
    if (f.text() != null && !f.text().isBlank()) {
      String t = f.text().strip();
      c.add(ACCOUNT.NAME.containsIgnoreCase(t).or(ACCOUNT.EMAIL.containsIgnoreCase(t)));
    }
    if (f.kind() == AccountKind.CUSTOMER || f.kind() == AccountKind.CARRIER) {
      c.add(ACCOUNT.KIND.in(f.kind().name(), AccountKind.BOTH.name()));
    } else if (f.kind() == AccountKind.BOTH) {
      c.add(ACCOUNT.KIND.eq(AccountKind.BOTH.name()));
    }
    return DSL.and(c);
  }

  Optional<Account> get(AccountId id) {
    return db.selectFrom(ACCOUNT)
        .where(ACCOUNT.ID.eq(id.value()))
        .fetchOptional(JooqAccountRepository::toAccount);
  }

  /** Locks the row for the rest of the transaction, so concurrent edits serialise. */
  Optional<Account> getForUpdate(AccountId id) {
    return db.selectFrom(ACCOUNT)
        .where(ACCOUNT.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(JooqAccountRepository::toAccount);
  }

  boolean nameTaken(TenantId tenant, String name, AccountId except) {
    Condition c =
        ACCOUNT
            .TENANT_ID
            .eq(tenant.value())
            .and(DSL.lower(ACCOUNT.NAME).eq(name.toLowerCase(Locale.ROOT)))
            .and(ACCOUNT.DELETED_AT.isNull());
    if (except != null) {
      c = c.and(ACCOUNT.ID.ne(except.value()));
    }
    return db.fetchExists(ACCOUNT, c);
  }

  Account insert(TenantId tenant, AccountDraft d, Instant now) {
    Instant at = now;
    AccountRecord r = db.newRecord(ACCOUNT);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    apply(r, d);
    r.setCurrency(d.currency());
    r.setVersion(0);
    r.setCreatedAt(at);
    r.setUpdatedAt(at);
    r.store();
    return toAccount(r);
  }

  Account update(AccountId id, AccountDraft d, Instant now) {
    AccountRecord r = db.fetchSingle(ACCOUNT, ACCOUNT.ID.eq(id.value()));
    apply(r, d);
    r.setVersion(r.getVersion() + 1);
    r.setUpdatedAt(now);
    r.store();
    return toAccount(r);
  }

  Account setDeleted(AccountId id, Instant deletedAt, String deletedBy, Instant now) {
    AccountRecord r = db.fetchSingle(ACCOUNT, ACCOUNT.ID.eq(id.value()));
    r.setDeletedAt(deletedAt == null ? null : deletedAt);
    r.setDeletedBy(deletedBy);
    r.setVersion(r.getVersion() + 1);
    r.setUpdatedAt(now);
    r.store();
    return toAccount(r);
  }

  private static void apply(AccountRecord r, AccountDraft d) {
    r.setName(d.name());
    r.setKind(d.kind().name());
    r.setBillingMode(d.billingMode().name());
    r.setCreditLimit(d.creditLimit());
    r.setStatus(d.status());
    r.setEmail(d.email());
  }

  static Account toAccount(AccountRecord r) {
    return new Account(
        new AccountId(r.getId()),
        new TenantId(r.getTenantId()),
        r.getName(),
        AccountKind.valueOf(r.getKind()),
        new CurrencyCode(r.getCurrency()),
        BillingMode.valueOf(r.getBillingMode()),
        r.getCreditLimit(),
        r.getStatus(),
        r.getEmail(),
        r.getVersion(),
        r.getCreatedAt(),
        r.getUpdatedAt(),
        r.getDeletedAt());
  }
}
