package com.didtron.activities.netting;

import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingDecision;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Both sides of a company from the ledger: what it owes us is its customer sub-account's
 * (debit-positive) balance; what we owe it is minus its carrier sub-account's balance; open
 * disputes on its carrier charges are held out.
 */
@Component
class NettingBalances {
  private final Ledger ledger;
  private final DisputeService disputes;

  NettingBalances(Ledger ledger, DisputeService disputes) {
    this.ledger = ledger;
    this.disputes = disputes;
  }

  /** Every currency either side holds, in code order. */
  Set<CurrencyCode> currencies(TenantId tenant, AccountId account) {
    Set<String> codes = new TreeSet<>();
    for (LedgerPurpose p :
        new LedgerPurpose[] {LedgerPurpose.CUSTOMER_BALANCE, LedgerPurpose.CARRIER_PAYABLE}) {
      ledger
          .chart()
          .findParty(tenant, p, account)
          .ifPresent(sub -> ledger.balances(sub.id()).forEach(m -> codes.add(m.currency().code())));
    }
    Set<CurrencyCode> result = new LinkedHashSet<>();
    codes.forEach(c -> result.add(new CurrencyCode(c)));
    return result;
  }

  NettingDecision.Outcome decide(
      TenantId tenant, AccountId account, CurrencyCode currency, BigDecimal threshold) {
    BigDecimal customerOwes = balance(tenant, LedgerPurpose.CUSTOMER_BALANCE, account, currency);
    BigDecimal weOwe = balance(tenant, LedgerPurpose.CARRIER_PAYABLE, account, currency).negate();
    return NettingDecision.decide(
        customerOwes, weOwe, disputes.openAmount(tenant, account, currency), threshold);
  }

  private BigDecimal balance(
      TenantId tenant, LedgerPurpose purpose, AccountId account, CurrencyCode currency) {
    return ledger
        .chart()
        .findParty(tenant, purpose, account)
        .map(sub -> ledger.balance(sub.id(), currency))
        .map(Money::amount)
        .orElse(BigDecimal.ZERO);
  }
}
