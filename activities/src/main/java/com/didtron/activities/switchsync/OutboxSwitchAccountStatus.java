package com.didtron.activities.switchsync;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account blocked or unblocked for overdue invoices (told after the invoicing transaction has
 * committed): recorded as an account status change in the switch outbox, in a transaction of its
 * own, so the switch sync pushes the block (with its reason) like a suspension.
 */
@Component
class OutboxSwitchAccountStatus implements SwitchAccountStatus {
  private static final Logger log = LoggerFactory.getLogger(OutboxSwitchAccountStatus.class);
  private final SwitchChanges changes;
  private final TransactionTemplate tx;

  OutboxSwitchAccountStatus(SwitchChanges changes, PlatformTransactionManager transactions) {
    this.changes = changes;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public void statusChanged(TenantId tenant, AccountId account, String status) {
    try {
      tx.executeWithoutResult(
          s ->
              changes.record(
                  tenant,
                  account,
                  SwitchChanges.ObjectType.ACCOUNT_STATUS,
                  account.value().toString(),
                  SwitchChanges.Change.UPSERT));
    } catch (RuntimeException e) {
      // the caller's change is committed; a full resync (POST /api/switch/resync) repairs this
      log.error("Account {} is '{}' but the switch outbox could not record it", account, status, e);
    }
  }
}
