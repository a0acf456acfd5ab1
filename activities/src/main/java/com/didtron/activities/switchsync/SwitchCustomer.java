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
 * @param blockedReason why an ACTIVE account's new calls are refused (a call block, an overdue
 *     invoice), or null
 * @param maxChannels the account's concurrent calls, or null for unlimited
 * @param maxCps the account's call attempts per second, or null for unlimited
 */
@Facade
public record SwitchCustomer(
    String switchId,
    String name,
    AccountStatus status,
    CurrencyCode currency,
    SwitchCredit credit,
    String blockedReason,
    Integer maxChannels,
    Integer maxCps) {
  public SwitchCustomer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
  }

  /** A customer without a block or limits. */
  public SwitchCustomer(
      String switchId,
      String name,
      AccountStatus status,
      CurrencyCode currency,
      SwitchCredit credit) {
    this(switchId, name, status, currency, credit, null, null, null);
  }

  /** Whether the switch may admit the customer's new calls. */
  public boolean mayCall() {
    return status == AccountStatus.ACTIVE && blockedReason == null;
  }

  /** The customer for an account and its current balance, without a block or limits. */
  public static SwitchCustomer of(String switchId, Account account, CustomerBalance balance) {
    return new SwitchCustomer(
        switchId,
        account.name(),
        account.status(),
        account.currency(),
        balance == null ? null : SwitchCredit.of(balance));
  }

  /** The same customer with its block reason and the account's limits. */
  public SwitchCustomer withControls(String blockedReason, Integer maxChannels, Integer maxCps) {
    return new SwitchCustomer(
        switchId, name, status, currency, credit, blockedReason, maxChannels, maxCps);
  }
}
