package com.didtron.activities.home;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.TrafficFigures;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.netting.NettingService;
import com.didtron.activities.statement.StatementService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.netting.NettingStatus;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.statement.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** Gathers a carrier's home from the ledger, its statement, netting and its carried calls. */
@Component
class CarrierHomeQuery {
  private final AccountService accounts;
  private final Accounts billing;
  private final Ledger ledger;
  private final StatementService statements;
  private final NettingService netting;
  private final TrafficFigures traffic;
  private final Clock clock;

  CarrierHomeQuery(
      AccountService accounts,
      Accounts billing,
      Ledger ledger,
      StatementService statements,
      NettingService netting,
      TrafficFigures traffic,
      Clock clock) {
    this.accounts = accounts;
    this.billing = billing;
    this.ledger = ledger;
    this.statements = statements;
    this.netting = netting;
    this.traffic = traffic;
    this.clock = clock;
  }

  CarrierHome of(Actor actor, AccountId id) {
    Account a = accounts.get(actor, id);
    ZoneId zone =
        billing
            .billed(a.tenantId(), a.id())
            .map(b -> b.terms().zone())
            .orElse(BillingTerms.DEFAULT.zone());
    List<Money> weOwe = balances(a, LedgerPurpose.CARRIER_PAYABLE, Money::negate);
    List<Money> theyOwe =
        a.kind() == AccountKind.BOTH
            ? balances(a, LedgerPurpose.CUSTOMER_BALANCE, UnaryOperator.identity())
            : List.of();
    Windows w = Windows.at(clock.instant(), zone);
    Page<NettingRequest> open =
        netting.find(actor, NettingStatus.PROPOSED.name(), PageRequest.first(5));
    return new CarrierHome(
        a,
        zone,
        weOwe,
        theyOwe,
        lastStatement(actor, a, w),
        open.rows().stream().filter(n -> n.accountId().equals(a.id())).toList(),
        open.total(),
        Traffic.of(traffic.carrier(a.id(), w.dayStart(), w.dayEnd())),
        Traffic.of(traffic.carrier(a.id(), w.monthStart(), w.monthEnd())));
  }

  /** The carrier statement of the last full month in the account's zone. */
  private Statement lastStatement(Actor actor, Account a, Windows w) {
    if (a.kind() == AccountKind.CUSTOMER) {
      return null;
    }
    LocalDate thisMonth = LocalDate.ofInstant(w.monthStart(), w.zone());
    return statements.statement(actor, a.id(), "CARRIER", thisMonth.minusMonths(1), thisMonth);
  }

  /** Every currency's balance of the account's sub-account, turned to "owed" by {@code sign}. */
  private List<Money> balances(Account a, LedgerPurpose purpose, UnaryOperator<Money> sign) {
    return ledger
        .chart()
        .findParty(a.tenantId(), purpose, a.id())
        .map(s -> ledger.balances(s.id()).stream().map(sign).toList())
        .orElse(List.of());
  }
}
