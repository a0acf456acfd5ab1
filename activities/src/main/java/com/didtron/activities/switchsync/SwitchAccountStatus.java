package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;

/**
 * Tells the Class 4 switch whether an account may place new calls. Called after the change is
 * committed (and recorded in {@code account_block}); implementations must be quick and must not
 * throw. Every bean is called; {@code OutboxSwitchAccountStatus} records the change in the switch
 * outbox for the switch sync.
 */
@Facade
public interface SwitchAccountStatus {
  /** New calls are refused with this status. */
  String BLOCKED_OVERDUE = "blocked: overdue";

  /** New calls are allowed again. */
  String ACTIVE = "active";

  void statusChanged(TenantId tenant, AccountId account, String status);
}
