package com.didtron.activities.home;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.TrafficFigures;
import com.didtron.activities.creditcontrol.CreditControl;
import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.invoicing.OverdueBlocks;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.balance.CallStanding;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.trunk.CallBlock;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Gathers a customer's home from the ledger, credit control, the CDRs and its invoices. */
@Component
class CustomerHomeQuery {
  private final AccountService accounts;
  private final Accounts billing;
  private final Ledger ledger;
  private final Trunks trunks;
  private final OverdueBlocks overdue;
  private final CreditControl credit;
  private final TrafficFigures traffic;
  private final InvoiceService invoices;
  private final Clock clock;

  CustomerHomeQuery(
      AccountService accounts,
      Accounts billing,
      Ledger ledger,
      Trunks trunks,
      OverdueBlocks overdue,
      CreditControl credit,
      TrafficFigures traffic,
      InvoiceService invoices,
      Clock clock) {
    this.accounts = accounts;
    this.billing = billing;
    this.ledger = ledger;
    this.trunks = trunks;
    this.overdue = overdue;
    this.credit = credit;
    this.traffic = traffic;
    this.invoices = invoices;
    this.clock = clock;
  }

  /**
   * The home of {@code id}, which the actor may see (refused alike when missing or not its own).
   */
  CustomerHome of(Actor actor, AccountId id, BigDecimal lowThreshold) {
    Account a = accounts.get(actor, id);
    BillingTerms terms =
        billing
            .billed(a.tenantId(), a.id())
            .map(Accounts.Billed::terms)
            .orElse(BillingTerms.DEFAULT);
    CustomerBalance balance =
        new CustomerBalance(a.tenantId(), a.id(), a.billingMode(), funds(a), a.creditLimit());
    var held = credit.reserved(a.id());
    Money reserved =
        new Money(held.map(CreditControl.Reserved::amount).orElse(BigDecimal.ZERO), a.currency());
    AccountStatus status = a.isDeleted() ? AccountStatus.CLOSED : a.status();
    String blocked =
        trunks
            .callBlock(actor, a.id())
            .map(CallBlock::reason)
            .or(() -> overdue.reason(a.id()))
            .orElse(null);
    CallStanding standing =
        CallStanding.of(status, blocked, balance, reserved.amount(), lowThreshold);
    Windows w = Windows.at(clock.instant(), terms.zone());
    Traffic today = Traffic.of(traffic.customer(a.id(), w.dayStart(), w.dayEnd()));
    Traffic month = Traffic.of(traffic.customer(a.id(), w.monthStart(), w.monthEnd()));
    Invoice last =
        invoices.find(actor, a.id(), PageRequest.first(1)).rows().stream().findFirst().orElse(null);
    return new CustomerHome(
        a,
        terms,
        balance,
        reserved,
        held.map(CreditControl.Reserved::callsInProgress).orElse(0),
        standing,
        today,
        month,
        last);
  }

  /** The customer's funds with us: its sub-account's balance with the sign turned. */
  private Money funds(Account a) {
    return ledger
        .chart()
        .findParty(a.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, a.id())
        .map(s -> ledger.balance(s.id(), a.currency()).negate())
        .orElse(Money.zero(a.currency()));
  }
}
