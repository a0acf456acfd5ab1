package com.didtron.activities.balance;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's balance, read from its ledger sub-account: funds are the sub-account's balance with
 * the sign turned (a credit balance is money the customer has with us). The account's own currency
 * decides prepaid/postpaid enforcement; balances in other currencies are listed separately.
 */
@Service
public class CustomerBalances {
  private final AccountService accounts;
  private final Ledger ledger;

  public CustomerBalances(AccountService accounts, Ledger ledger) {
    this.accounts = accounts;
    this.ledger = ledger;
  }

  /** The balance of an account the actor may see (staff of its tenant, or its own portal user). */
  @Transactional(readOnly = true)
  public CustomerBalance of(Actor actor, AccountId id) {
    return balanceOf(accounts.get(actor, id));
  }

  /** Funds in every currency the customer holds, by currency code (funds: positive = prepaid). */
  @Transactional(readOnly = true)
  public List<Money> allCurrencies(Actor actor, AccountId id) {
    Account a = accounts.get(actor, id);
    return subAccount(a)
        .map(s -> ledger.balances(s.id()).stream().map(Money::negate).toList())
        .orElse(List.of());
  }

  /** For the platform's own use (alerts, switch sync): no access check. */
  @Transactional(readOnly = true)
  public CustomerBalance current(TenantId tenant, AccountId id) {
    return balanceOf(accounts.get(Actor.system("balance", tenant), id));
  }

  /** The customer's ledger sub-account, if anything was ever posted to it. */
  @Transactional(readOnly = true)
  public Optional<LedgerAccount> subAccount(Account a) {
    return ledger.chart().findParty(a.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, a.id());
  }

  private CustomerBalance balanceOf(Account a) {
    Money funds =
        subAccount(a)
            .map(s -> ledger.balance(s.id(), a.currency()).negate())
            .orElse(Money.zero(a.currency()));
    return new CustomerBalance(a.tenantId(), a.id(), a.billingMode(), funds, a.creditLimit());
  }
}
