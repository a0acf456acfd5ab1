package com.didtron.activities.creditcontrol;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.invoicing.OverdueBlocks;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.CallBlock;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkStatus;
import com.didtron.rating.credit.Standing;
import com.didtron.rating.credit.Standing.TrunkLimits;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an account's standing from the database (account, ledger balance, limits, trunks): once per
 * account when it is first needed and again after each committed change, never per call. Runs in
 * its own read-only transaction (it is called after other transactions commit).
 */
@Component
class Standings {
  private final Accounts accounts;
  private final Ledger ledger;
  private final Trunks trunks;
  private final OverdueBlocks overdue;
  private final TransactionTemplate tx;

  Standings(
      Accounts accounts,
      Ledger ledger,
      Trunks trunks,
      OverdueBlocks overdue,
      PlatformTransactionManager txm) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.trunks = trunks;
    this.overdue = overdue;
    this.tx = new TransactionTemplate(txm);
    tx.setReadOnly(true);
    tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The live customer accounts to load when the platform starts. */
  List<AccountId> customers() {
    return tx.execute(s -> accounts.liveCustomers().stream().map(b -> b.account().id()).toList());
  }

  /** The account's standing; empty when there is no such account. */
  Optional<Standing> load(AccountId id) {
    return tx.execute(s -> accounts.find(id).map(this::standingOf));
  }

  /** The account's tenant and (fixed) currency; empty when there is no such account. */
  Optional<Profile> profile(AccountId id) {
    return tx.execute(s -> accounts.find(id).map(a -> new Profile(a.tenantId(), a.currency())));
  }

  /** What never changes about an account: its tenant and the currency of its balance. */
  record Profile(TenantId tenant, CurrencyCode currency) {}

  private Standing standingOf(Account a) {
    Actor system = Actor.system("credit-control", a.tenantId());
    AccountLimits limits = trunks.limits(system, a.id());
    Map<String, TrunkLimits> ingress = new HashMap<>();
    for (Trunk t : trunks.list(system, a.id(), false)) {
      if (t.direction() == TrunkDirection.INGRESS && t.status() == TrunkStatus.ACTIVE) {
        ingress.put(t.id().toString(), new TrunkLimits(t.maxChannels(), t.maxCps()));
      }
    }
    BigDecimal funds =
        ledger
            .chart()
            .findParty(a.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, a.id())
            .map(sub -> ledger.balance(sub.id(), a.currency()).negate().amount())
            .orElse(BigDecimal.ZERO);
    AccountStatus status = a.isDeleted() ? AccountStatus.CLOSED : a.status();
    String blocked =
        trunks
            .callBlock(system, a.id())
            .map(CallBlock::reason)
            .or(() -> overdue.reason(a.id()))
            .orElse(null);
    return new Standing(status, a.billingMode(), funds, a.creditLimit(), limits, ingress, blocked);
  }
}
