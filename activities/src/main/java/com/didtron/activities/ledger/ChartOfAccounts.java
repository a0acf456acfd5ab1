package com.didtron.activities.ledger;

import static com.didtron.activities.db.Tables.LEDGER_ACCOUNT;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.LedgerAccountRecord;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.LedgerAccountType;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's chart of accounts: one control account per {@link LedgerPurpose} and, for customer
 * balances and carrier payables, one postable sub-account per customer or carrier. Accounts are
 * created on first use (concurrent first uses agree on one row), never deleted.
 */
@Service
@Facade
public class ChartOfAccounts {
  private final DSLContext db;
  private final Accounts accounts;
  private final Clock clock;

  /** Tenants whose chart has every control account (they are never deleted). */
  private final Set<UUID> complete = ConcurrentHashMap.newKeySet();

  public ChartOfAccounts(DSLContext db, Accounts accounts, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The control account of {@code purpose}; for per-party purposes it takes no postings. */
  @Transactional
  public LedgerAccount control(TenantId tenant, LedgerPurpose purpose) {
    Condition key =
        LEDGER_ACCOUNT
            .TENANT_ID
            .eq(tenant.value())
            .and(LEDGER_ACCOUNT.PURPOSE.eq(purpose.name()))
            .and(LEDGER_ACCOUNT.PARTY_ACCOUNT_ID.isNull());
    return find(key)
        .orElseGet(
            () -> {
              insert(
                  tenant,
                  purpose.code(),
                  purpose.title(),
                  purpose,
                  null,
                  null,
                  !purpose.perParty());
              return find(key).orElseThrow();
            });
  }

  /**
   * Creates every missing control account of the tenant, in one fixed order. A transaction that
   * will create several accounts calls this first (then party accounts in a sorted order), so
   * concurrent first uses never wait on each other in a cycle.
   */
  @Transactional
  public void ensureControls(TenantId tenant) {
    if (complete.contains(tenant.value())) {
      return;
    }
    int existing =
        db.fetchCount(
            LEDGER_ACCOUNT,
            LEDGER_ACCOUNT
                .TENANT_ID
                .eq(tenant.value())
                .and(LEDGER_ACCOUNT.PARTY_ACCOUNT_ID.isNull()));
    if (existing == LedgerPurpose.values().length) {
      complete.add(tenant.value()); // all committed or visible: nothing left to create, ever
      return;
    }
    for (LedgerPurpose purpose : LedgerPurpose.values()) {
      control(tenant, purpose);
    }
  }

  /**
   * The postable account for {@code purpose}: the control account itself when it is not per party.
   */
  @Transactional
  public LedgerAccount postable(TenantId tenant, LedgerPurpose purpose) {
    if (purpose.perParty()) {
      throw new LedgerRuleViolation(purpose + " is kept per customer or carrier: name the party");
    }
    ensureControls(tenant);
    return control(tenant, purpose);
  }

  /**
   * The sub-account of a customer ({@link LedgerPurpose#CUSTOMER_BALANCE}) or carrier ({@link
   * LedgerPurpose#CARRIER_PAYABLE}); the party must be an account of the same tenant.
   */
  @Transactional
  public LedgerAccount party(TenantId tenant, LedgerPurpose purpose, AccountId party) {
    if (!purpose.perParty()) {
      throw new LedgerRuleViolation(purpose + " has no per-party sub-accounts");
    }
    Condition key =
        LEDGER_ACCOUNT
            .TENANT_ID
            .eq(tenant.value())
            .and(LEDGER_ACCOUNT.PURPOSE.eq(purpose.name()))
            .and(LEDGER_ACCOUNT.PARTY_ACCOUNT_ID.eq(party.value()));
    return find(key)
        .orElseGet(
            () -> {
              ensureControls(tenant);
              String name =
                  accounts
                      .find(tenant, party)
                      .map(Account::name)
                      .orElseThrow(
                          () -> new LedgerRuleViolation("no account " + party + " in this tenant"));
              LedgerAccount control = control(tenant, purpose);
              insert(
                  tenant,
                  LedgerAccount.partyCode(purpose, party),
                  purpose.title() + " — " + name,
                  purpose,
                  party,
                  control.id(),
                  true);
              return find(key).orElseThrow();
            });
  }

  /** The sub-account of a party if it exists already (reads never create accounts). */
  @Transactional(readOnly = true)
  public Optional<LedgerAccount> findParty(
      TenantId tenant, LedgerPurpose purpose, AccountId party) {
    return find(
        LEDGER_ACCOUNT
            .TENANT_ID
            .eq(tenant.value())
            .and(LEDGER_ACCOUNT.PURPOSE.eq(purpose.name()))
            .and(LEDGER_ACCOUNT.PARTY_ACCOUNT_ID.eq(party.value())));
  }

  /** Every account of the tenant's chart, in code order. */
  @Transactional(readOnly = true)
  public List<LedgerAccount> chart(TenantId tenant) {
    return db.selectFrom(LEDGER_ACCOUNT)
        .where(LEDGER_ACCOUNT.TENANT_ID.eq(tenant.value()))
        .orderBy(LEDGER_ACCOUNT.CODE)
        .fetch(ChartOfAccounts::toAccount);
  }

  @Transactional(readOnly = true)
  public Optional<LedgerAccount> get(LedgerAccountId id) {
    return find(LEDGER_ACCOUNT.ID.eq(id.value()));
  }

  private Optional<LedgerAccount> find(Condition c) {
    return db.selectFrom(LEDGER_ACCOUNT).where(c).fetchOptional(ChartOfAccounts::toAccount);
  }

  private void insert(
      TenantId tenant,
      String code,
      String name,
      LedgerPurpose purpose,
      AccountId party,
      LedgerAccountId parent,
      boolean postable) {
    db.insertInto(LEDGER_ACCOUNT)
        .set(LEDGER_ACCOUNT.ID, UUID.randomUUID())
        .set(LEDGER_ACCOUNT.TENANT_ID, tenant.value())
        .set(LEDGER_ACCOUNT.CODE, code)
        .set(LEDGER_ACCOUNT.NAME, name)
        .set(LEDGER_ACCOUNT.TYPE, purpose.type().name())
        .set(LEDGER_ACCOUNT.PURPOSE, purpose.name())
        .set(LEDGER_ACCOUNT.PARTY_ACCOUNT_ID, party == null ? null : party.value())
        .set(LEDGER_ACCOUNT.PARENT_ID, parent == null ? null : parent.value())
        .set(LEDGER_ACCOUNT.POSTABLE, postable)
        .set(LEDGER_ACCOUNT.CREATED_AT, clock.instant())
        .onConflictDoNothing()
        .execute();
  }

  static LedgerAccount toAccount(LedgerAccountRecord r) {
    return new LedgerAccount(
        new LedgerAccountId(r.getId()),
        new TenantId(r.getTenantId()),
        r.getCode(),
        r.getName(),
        LedgerAccountType.valueOf(r.getType()),
        LedgerPurpose.valueOf(r.getPurpose()),
        r.getPartyAccountId() == null ? null : new AccountId(r.getPartyAccountId()),
        r.getParentId() == null ? null : new LedgerAccountId(r.getParentId()),
        r.getPostable());
  }
}
