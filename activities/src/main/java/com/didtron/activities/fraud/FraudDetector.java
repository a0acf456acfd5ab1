package com.didtron.activities.fraud;

import static com.didtron.activities.fraud.FraudWindows.DAY;
import static com.didtron.activities.fraud.FraudWindows.RATE_WINDOW;
import static com.didtron.activities.fraud.FraudWindows.SHORT_SECONDS;
import static com.didtron.activities.fraud.FraudWindows.SHORT_WINDOW;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.AccountTraffic;
import com.didtron.activities.trunk.Trunks;
import com.didtron.decisions.fraud.FraudPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.fraud.FraudMetric;
import com.didtron.workflows.fraud.FraudScanReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * One pass of fraud detection over the live CDRs: every ACTIVE account with calls in the last 24
 * hours is measured (customer side: short calls, calls per minute, spend; carrier side: cost), each
 * measure judged by the fraud table, and each finding recorded and acted on in its own transaction.
 */
@Component
class FraudDetector {
  private static final FraudJudge JUDGE = new FraudJudge(FraudPolicy.standard());

  private final AccountTraffic traffic;
  private final Accounts accounts;
  private final Trunks trunks;
  private final JooqFraudEvents events;
  private final FraudActions actions;
  private final Clock clock;

  FraudDetector(
      AccountTraffic traffic,
      Accounts accounts,
      Trunks trunks,
      JooqFraudEvents events,
      FraudActions actions,
      Clock clock) {
    this.traffic = traffic;
    this.accounts = accounts;
    this.trunks = trunks;
    this.events = events;
    this.actions = actions;
    this.clock = clock;
  }

  FraudScanReport scan() {
    Instant now = clock.instant();
    Set<AccountId> customers = traffic.customersSince(now.minus(DAY));
    Set<AccountId> carriers = traffic.carriersSince(now.minus(DAY));
    Set<AccountId> all = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    all.addAll(customers);
    all.addAll(carriers);
    int measured = 0;
    int acted = 0;
    for (AccountId id : all) {
      Account account = accounts.find(id).orElse(null);
      if (account == null || account.isDeleted() || account.status() != AccountStatus.ACTIVE) {
        continue;
      }
      measured++;
      BigDecimal cap =
          trunks.limits(Actor.system(FraudActions.ACTOR, account.tenantId()), id).dailySpendCap();
      List<Observation> observations = new ArrayList<>();
      if (customers.contains(id)) {
        observations.addAll(customerSide(id, cap, now));
      }
      if (carriers.contains(id)) {
        Instant from = FraudWindows.from(now, DAY, cleared(id, FraudMetric.CARRIER_COST));
        observations.add(FraudWindows.carrierCost(traffic.carrier(id, from, now), cap));
      }
      for (Observation o : observations) {
        var finding = JUDGE.judge(account.kind(), o);
        if (finding.isPresent() && actions.apply(account, finding.get()).isPresent()) {
          acted++;
        }
      }
    }
    return new FraudScanReport(measured, acted);
  }

  private List<Observation> customerSide(AccountId id, BigDecimal cap, Instant now) {
    Instant shortFrom = FraudWindows.from(now, SHORT_WINDOW, cleared(id, FraudMetric.SHORT_CALLS));
    Instant rateFrom =
        FraudWindows.from(now, RATE_WINDOW, cleared(id, FraudMetric.CALLS_PER_MINUTE));
    Instant spendFrom = FraudWindows.from(now, DAY, cleared(id, FraudMetric.CUSTOMER_SPEND));
    Instant dayStart = now.minus(DAY);
    return List.of(
        FraudWindows.shortCalls(traffic.customer(id, shortFrom, now, SHORT_SECONDS)),
        FraudWindows.callsPerMinute(
            traffic.customer(id, rateFrom, now, SHORT_SECONDS),
            Duration.between(rateFrom, now).toMinutes(),
            traffic.customer(id, dayStart, now.minus(RATE_WINDOW), SHORT_SECONDS)),
        FraudWindows.spend(traffic.customer(id, spendFrom, now, SHORT_SECONDS), cap));
  }

  private Instant cleared(AccountId id, FraudMetric metric) {
    return events.lastCleared(id, metric).orElse(null);
  }
}
