package com.didtron.activities.home;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.TrafficFigures;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.TrialBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Gathers a staff member's home: the tenant's traffic today (UTC), customers low on funds and, for
 * the roles that may open the pages behind them, money, approvals, sync state and failed workflows
 * ({@link StaffQueues}).
 */
@Component
class StaffHomeQuery {
  /** The roles of the CDR page, where revenue, cost and margin of calls are shown. */
  static final Set<Role> TRAFFIC_MONEY =
      Set.of(Role.SUPER_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR);

  private final Accounts accounts;
  private final Tenants tenants;
  private final Ledger ledger;
  private final TrafficFigures traffic;
  private final StaffQueues queues;
  private final Clock clock;

  StaffHomeQuery(
      Accounts accounts,
      Tenants tenants,
      Ledger ledger,
      TrafficFigures traffic,
      StaffQueues queues,
      Clock clock) {
    this.accounts = accounts;
    this.tenants = tenants;
    this.ledger = ledger;
    this.traffic = traffic;
    this.queues = queues;
    this.clock = clock;
  }

  StaffHome of(Actor actor, BigDecimal lowThreshold) {
    AccessPolicy.requireStaff(actor);
    Windows w = Windows.at(clock.instant(), ZoneOffset.UTC);
    List<TrafficFigures.Both> lines = traffic.tenant(actor.tenantId(), w.dayStart(), w.dayEnd());
    List<Account> live = accounts.live(actor.tenantId());
    List<StaffHome.LowBalance> low = lowBalances(actor, live, lowThreshold);
    CurrencyCode base =
        tenants.find(actor.tenantId()).map(Tenant::baseCurrency).orElse(new CurrencyCode("USD"));
    return new StaffHome(
        base,
        today(lines),
        HomeService.any(actor, TRAFFIC_MONEY) ? money(lines) : null,
        live.stream().filter(a -> a.kind().buysFromUs()).count(),
        live.stream().filter(a -> a.kind() != AccountKind.CUSTOMER).count(),
        low.stream().limit(HomeService.LISTED).toList(),
        low.size(),
        queues.approvals(actor),
        queues.sync(actor),
        queues.failedWorkflows(actor, w.dayEnd()));
  }

  private static Traffic today(List<TrafficFigures.Both> lines) {
    return Traffic.of(
        lines.stream()
            .map(
                l ->
                    new TrafficFigures.Leg(
                        l.customerCurrency(), l.calls(), l.billableSeconds(), BigDecimal.ZERO))
            .toList());
  }

  private static StaffHome.TrafficMoney money(List<TrafficFigures.Both> lines) {
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    Map<String, BigDecimal> cost = new LinkedHashMap<>();
    Map<String, BigDecimal> margin = new LinkedHashMap<>();
    for (TrafficFigures.Both l : lines) {
      if (l.customerCurrency() != null) {
        revenue.merge(l.customerCurrency(), l.revenue(), BigDecimal::add);
        margin.merge(l.customerCurrency(), l.margin(), BigDecimal::add);
      }
      if (l.carrierCurrency() != null) {
        cost.merge(l.carrierCurrency(), l.cost(), BigDecimal::add);
      }
    }
    return new StaffHome.TrafficMoney(monies(revenue), monies(cost), monies(margin));
  }

  private static List<Money> monies(Map<String, BigDecimal> byCurrency) {
    return byCurrency.entrySet().stream()
        .map(e -> new Money(e.getValue(), new CurrencyCode(e.getKey())))
        .toList();
  }

  /**
   * The live customers whose funds (plus the credit limit when postpaid) are at or below the
   * threshold, lowest first; read from one trial balance of the tenant.
   */
  private List<StaffHome.LowBalance> lowBalances(
      Actor actor, List<Account> live, BigDecimal threshold) {
    Map<AccountId, List<TrialBalance.Line>> byParty = new HashMap<>();
    for (TrialBalance.Line l : ledger.trialBalance(actor.tenantId()).lines()) {
      if (l.account().purpose() == LedgerPurpose.CUSTOMER_BALANCE && l.account().party() != null) {
        byParty.computeIfAbsent(l.account().party(), k -> new ArrayList<>()).add(l);
      }
    }
    List<StaffHome.LowBalance> low = new ArrayList<>();
    for (Account a : live) {
      if (!a.kind().buysFromUs()) {
        continue;
      }
      BigDecimal debit =
          byParty.getOrDefault(a.id(), List.of()).stream()
              .filter(l -> l.currency().equals(a.currency()))
              .map(TrialBalance.Line::balance)
              .findFirst()
              .orElse(BigDecimal.ZERO);
      Money funds = new Money(debit.negate(), a.currency());
      BigDecimal limit =
          a.billingMode() == BillingMode.POSTPAID && a.creditLimit() != null
              ? a.creditLimit()
              : BigDecimal.ZERO;
      Money available = funds.plus(new Money(limit, a.currency()));
      if (available.amount().compareTo(threshold) <= 0) {
        low.add(new StaffHome.LowBalance(a.id(), a.name(), funds, available));
      }
    }
    low.sort(
        Comparator.comparing((StaffHome.LowBalance l) -> l.available().amount())
            .thenComparing(StaffHome.LowBalance::name));
    return low;
  }
}
