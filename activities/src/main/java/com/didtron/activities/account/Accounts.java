package com.didtron.activities.account;

import com.didtron.activities.Facade;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The account feature as other features see it: the only way to read (and, for billing terms,
 * write) the {@code account} table from outside this package. Trusted internal calls: the caller
 * has already checked the actor (user-facing reads go through {@link AccountService}).
 */
@Facade
public interface Accounts {
  /** An account of any tenant, deleted or not. */
  Optional<Account> find(AccountId id);

  /** An account of this tenant, deleted or not. */
  Optional<Account> find(TenantId tenant, AccountId id);

  /**
   * The names of these accounts (deleted ones included), in the order the database sorts names
   * (then ids); unknown ids are left out.
   */
  Map<AccountId, String> names(Collection<AccountId> ids);

  /** The live (not deleted) accounts of a tenant. */
  List<Account> live(TenantId tenant);

  /** The live accounts of every tenant that are of exactly this kind. */
  List<Account> liveOfKind(AccountKind kind);

  /**
   * The ids of a tenant's accounts (deleted ones included) whose name contains this text, ignoring
   * case (blank or null: all), ordered by name as the database sorts it, then id.
   */
  List<AccountId> named(TenantId tenant, String text);

  /** Those of these accounts that are live (not deleted). */
  List<AccountId> liveAmong(Collection<AccountId> ids);

  /** How an account is invoiced, with the account itself. */
  Optional<Billed> billed(TenantId tenant, AccountId id);

  /**
   * As {@link #billed}, locking the account row for the rest of the transaction (one invoice run at
   * a time).
   */
  Optional<Billed> billedForUpdate(TenantId tenant, AccountId id);

  /** The live accounts of every tenant that are invoiced (customers and accounts that are both). */
  List<Billed> liveCustomers();

  /** Stores an account's billing terms; the caller audits the change in the same transaction. */
  void setBillingTerms(AccountId id, BillingTerms terms);

  /** The façade outside Spring, on one transaction's {@code db} (the command line). */
  static Accounts over(DSLContext db) {
    return new JooqAccounts(db);
  }

  /** An account and its billing terms. */
  record Billed(Account account, BillingTerms terms) {}
}
