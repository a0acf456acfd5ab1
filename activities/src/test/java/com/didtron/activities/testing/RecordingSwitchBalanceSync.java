package com.didtron.activities.testing;

import com.didtron.activities.switchsync.SwitchBalanceSync;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Stands in for the switch in integration tests: remembers every balance handed to it. */
@Component
public class RecordingSwitchBalanceSync implements SwitchBalanceSync {
  private final List<CustomerBalance> received = new CopyOnWriteArrayList<>();

  @Override
  public void balanceChanged(CustomerBalance balance) {
    received.add(balance);
  }

  public List<CustomerBalance> of(AccountId account) {
    return received.stream().filter(b -> b.accountId().equals(account)).toList();
  }
}
