package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.switchsync.SwitchCredit;
import java.util.Objects;

/**
 * A customer as the switch must know it.
 *
 * @param switchId the switch's id, or null to create the customer
 * @param name the account's name
 * @param status only {@link AccountStatus#ACTIVE} customers may place calls
 * @param currency fixed at creation on the switch, as in DIDTron
 * @param credit the enforcement copy of the balance, or null to leave the switch's credit alone
 */
@Facade
public record SwitchCustomer(
    String switchId,
    String name,
    AccountStatus status,
    CurrencyCode currency,
    SwitchCredit credit) {
  public SwitchCustomer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
  }

  /** The customer for an account and its current balance. */
  public static SwitchCustomer of(String switchId, Account account, CustomerBalance balance) {
    return new SwitchCustomer(
        switchId,
        account.name(),
        account.status(),
        account.currency(),
        balance == null ? null : SwitchCredit.of(balance));
  }
}
