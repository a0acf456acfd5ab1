package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.money.CurrencyCode;
import java.util.Objects;

/**
 * A carrier (provider) as the switch must know it; its trunks are pushed with the trunk feature.
 *
 * @param switchId the switch's id, or null to create the carrier
 */
@Facade
public record SwitchCarrier(
    String switchId, String name, AccountStatus status, CurrencyCode currency) {
  public SwitchCarrier {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
  }

  public static SwitchCarrier of(String switchId, Account account) {
    return new SwitchCarrier(switchId, account.name(), account.status(), account.currency());
  }
}
