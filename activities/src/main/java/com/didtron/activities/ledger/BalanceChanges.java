package com.didtron.activities.ledger;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;

/**
 * Told when the ledger changed a customer's balance in the current transaction (usage posted). The
 * ledger owns this port so that it needs to know nothing of who watches balances (the balance
 * feature implements it); a cycle between the two packages is avoided.
 */
@Facade
public interface BalanceChanges {
  /** The balance of {@code account} changed in the current transaction. */
  void changed(TenantId tenant, AccountId account);
}
