package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.balance.CustomerBalance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default until the switch lifecycle feature exists: logs each balance change. */
@Component
@Facade
public class LoggingSwitchBalanceSync implements SwitchBalanceSync {
  private static final Logger log = LoggerFactory.getLogger(LoggingSwitchBalanceSync.class);

  @Override
  public void balanceChanged(CustomerBalance balance) {
    log.info(
        "Balance of account {} is now {} (available {}); no switch sync configured",
        balance.accountId(),
        balance.funds(),
        balance.available());
  }
}
