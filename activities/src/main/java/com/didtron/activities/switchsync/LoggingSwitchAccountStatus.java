package com.didtron.activities.switchsync;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default until the switch lifecycle feature exists: logs each account status change. */
@Component
class LoggingSwitchAccountStatus implements SwitchAccountStatus {
  private static final Logger log = LoggerFactory.getLogger(LoggingSwitchAccountStatus.class);

  @Override
  public void statusChanged(TenantId tenant, AccountId account, String status) {
    log.info("Account {} is now '{}' on the switch; no switch sync configured", account, status);
  }
}
