package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.balance.CustomerBalance;

/**
 * Receives every change of a customer's balance after it is committed, so the switch's enforcement
 * copy (ConnexCS credit, Kamailio table) can follow. Called once per changed account per
 * transaction, after commit, on the committing thread: implementations must be quick (hand the work
 * to a queue or workflow) and must not throw. If any bean other than {@link
 * LoggingSwitchBalanceSync} implements this, the logging default steps aside.
 */
@Facade
public interface SwitchBalanceSync {
  void balanceChanged(CustomerBalance balance);
}
