package com.didtron.activities.balance;

import com.didtron.activities.Facade;
import com.didtron.activities.ledger.BalanceChanges;
import com.didtron.activities.switchsync.LoggingSwitchBalanceSync;
import com.didtron.activities.switchsync.SwitchBalanceSync;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Told by every feature that changes a customer's balance (usage, payments, adjustments, refunds),
 * inside that change's transaction. It decides on low/zero-balance alerts in the same transaction
 * and, once the transaction has committed, hands each changed balance to the switch-sync seam.
 */
@Component
@Facade
public class BalanceMonitor implements BalanceChanges {
  private static final Logger log = LoggerFactory.getLogger(BalanceMonitor.class);

  private final CustomerBalances balances;
  private final BalanceAlertService alerts;
  private final List<SwitchBalanceSync> syncs;
  private final SwitchChanges switchChanges;

  BalanceMonitor(
      CustomerBalances balances,
      BalanceAlertService alerts,
      List<SwitchBalanceSync> all,
      SwitchChanges switchChanges) {
    this.balances = balances;
    this.alerts = alerts;
    this.switchChanges = switchChanges;
    List<SwitchBalanceSync> real =
        all.stream().filter(s -> !(s instanceof LoggingSwitchBalanceSync)).toList();
    this.syncs = real.isEmpty() ? all : real;
  }

  /** The balance of {@code account} changed in the current transaction. */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(TenantId tenant, AccountId account) {
    CustomerBalance now = balances.current(tenant, account);
    alerts.evaluate(now);
    pendingSyncs().put(account, tenant);
    switchChanges.record(tenant, account, ObjectType.BALANCE, account.toString(), Change.UPSERT);
  }

  /** A customer's balance now (funds, billing mode, credit limit), e.g. for a hosted switch. */
  @Transactional(readOnly = true)
  public CustomerBalance current(TenantId tenant, AccountId account) {
    return balances.current(tenant, account);
  }

  /** The accounts to sync after this transaction commits (each once, with its final balance). */
  @SuppressWarnings("unchecked")
  private Map<AccountId, TenantId> pendingSyncs() {
    Object key = BalanceMonitor.class;
    Map<AccountId, TenantId> pending =
        (Map<AccountId, TenantId>) TransactionSynchronizationManager.getResource(key);
    if (pending == null) {
      Map<AccountId, TenantId> created = new LinkedHashMap<>();
      TransactionSynchronizationManager.bindResource(key, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            private final List<CustomerBalance> committed = new ArrayList<>();

            @Override
            public void beforeCommit(boolean readOnly) {
              // the final balances of this transaction, read while it is still open
              created.forEach((a, t) -> committed.add(balances.current(t, a)));
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
              if (status == STATUS_COMMITTED) {
                committed.forEach(BalanceMonitor.this::sync);
              }
            }
          });
      pending = created;
    }
    return pending;
  }

  private void sync(CustomerBalance balance) {
    for (SwitchBalanceSync s : syncs) {
      try {
        s.balanceChanged(balance);
      } catch (RuntimeException e) {
        log.warn(
            "Switch balance sync of account {} failed: {}", balance.accountId(), e.getMessage());
      }
    }
  }
}
