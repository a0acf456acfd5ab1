package com.didtron.activities.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RecordingSwitchBalanceSync;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.domain.usage.UsageCharge.Leg;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Rated usage becomes journal entries exactly once; balances, alerts and switch sync follow. */
class UsageLedgerIT extends ActivitiesIT {
  @Autowired List<UsageChargeSink> sinks;
  @Autowired Ledger ledger;
  @Autowired LedgerFixtures money;
  @Autowired CustomerBalances balances;
  @Autowired Outbox outbox;
  @Autowired RecordingSwitchBalanceSync switchSync;
  @Autowired TransactionTemplate tx;

  private void ingest(UsageBatch batch) {
    tx.executeWithoutResult(s -> sinks.forEach(sink -> sink.apply(batch)));
  }

  private UsageBatch batch(UUID id, UsageCharge... charges) {
    return new UsageBatch(admin().tenantId().value(), id, "test.csv", null, List.of(charges));
  }

  private static UsageCharge charge(Account a, Leg leg, String amount) {
    return new UsageCharge(a.id().value(), leg, Money.of(amount, a.currency().code()), 3, 180);
  }

  @Test
  void customerUsageDebitsTheCustomerAgainstRevenueAndCarrierCostCreditsItsPayable() {
    Account customer =
        money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    Money revenueBefore =
        ledger.balance(money.account(LedgerPurpose.REVENUE).id(), customer.currency());
    Money costBefore =
        ledger.balance(money.account(LedgerPurpose.COST_OF_SALES).id(), customer.currency());
    UUID id = UUID.randomUUID();
    ingest(
        batch(
            id,
            charge(customer, Leg.CUSTOMER, "1.250000"),
            charge(carrier, Leg.CARRIER, "0.800000")));

    var payable =
        ledger
            .chart()
            .findParty(carrier.tenantId(), LedgerPurpose.CARRIER_PAYABLE, carrier.id())
            .orElseThrow();
    assertThat(balances.current(customer.tenantId(), customer.id()).funds())
        .isEqualTo(Money.of("-1.25", "USD"));
    assertThat(ledger.balance(payable.id(), carrier.currency())).isEqualTo(Money.of("-0.8", "USD"));
    assertThat(ledger.balance(money.account(LedgerPurpose.REVENUE).id(), customer.currency()))
        .isEqualTo(revenueBefore.minus(Money.of("1.25", "USD")));
    assertThat(ledger.balance(money.account(LedgerPurpose.COST_OF_SALES).id(), customer.currency()))
        .isEqualTo(costBefore.plus(Money.of("0.8", "USD")));
    assertThat(ledger.entriesBySource(customer.tenantId(), SourceRef.of(SourceType.CDR_BATCH, id)))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.idempotencyKey()).startsWith("usage:" + id));
  }

  @Test
  void theSameBatchDeliveredTwiceChargesOnce() {
    Account customer =
        money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    UsageBatch b = batch(UUID.randomUUID(), charge(customer, Leg.CUSTOMER, "2"));
    ingest(b);
    ingest(b);
    assertThat(balances.current(customer.tenantId(), customer.id()).funds())
        .isEqualTo(Money.of("-2", "USD"));
    assertThat(
            ledger.entriesBySource(
                customer.tenantId(), SourceRef.of(SourceType.CDR_BATCH, b.batchId())))
        .hasSize(1);
  }

  @Test
  void concurrentBatchesChargeEveryBatchOnceWithoutDeadlocks() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    Account b = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    Account carrier = money.account(AccountKind.CARRIER, BillingMode.POSTPAID, "USD", "0", null);
    List<UsageBatch> batches = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // opposite account orders in alternate batches: the ledger must still lock in one order
      batches.add(
          i % 2 == 0
              ? batch(
                  UUID.randomUUID(),
                  charge(a, Leg.CUSTOMER, "1"),
                  charge(b, Leg.CUSTOMER, "2"),
                  charge(carrier, Leg.CARRIER, "0.5"))
              : batch(
                  UUID.randomUUID(),
                  charge(b, Leg.CUSTOMER, "2"),
                  charge(a, Leg.CUSTOMER, "1"),
                  charge(carrier, Leg.CARRIER, "0.5")));
    }
    var pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (UsageBatch batch : batches) {
        work.add(
            () -> {
              ingest(batch);
              return null;
            });
        work.add(
            () -> {
              ingest(batch);
              return null;
            }); // every batch delivered twice, concurrently
      }
      for (var f : pool.invokeAll(work)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(balances.current(a.tenantId(), a.id()).funds()).isEqualTo(Money.of("-20", "USD"));
    assertThat(balances.current(b.tenantId(), b.id()).funds()).isEqualTo(Money.of("-40", "USD"));
  }

  @Test
  void theSinkRefusesToRunOutsideThePipelinesTransaction() {
    Account customer =
        money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    UsageBatch b = batch(UUID.randomUUID(), charge(customer, Leg.CUSTOMER, "2"));
    assertThatThrownBy(() -> sinks.forEach(s -> s.apply(b))).hasMessageContaining("transaction");
  }

  @Test
  void lowAndZeroBalanceAlertsGoOutOnceEachAndReArmAfterATopUp() {
    Account c =
        money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "noc@prepaid.example");
    money.topUp(c, "15");
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "6"))); // 9 left: low
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "1"))); // 8 left: already warned
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "10"))); // -2: zero
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "1"))); // still zero: already warned
    assertThat(outbox.byDedupKey("balance-low:" + c.id() + ":0")).isPresent();
    assertThat(outbox.byDedupKey("balance-zero:" + c.id() + ":0"))
        .hasValueSatisfying(m -> assertThat(m.subject()).contains("used up"));
    money.topUp(c, "50"); // 47: re-armed, cycle 1
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "40"))); // 7: low again
    assertThat(outbox.byDedupKey("balance-low:" + c.id() + ":1")).isPresent();
    assertThat(outbox.byDedupKey("balance-zero:" + c.id() + ":1")).isEmpty();
  }

  @Test
  void theSwitchGetsEachCommittedBalanceButNothingFromARolledBackBatch() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    ingest(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "3")));
    assertThat(switchSync.of(c.id()))
        .extracting(b -> b.funds())
        .containsExactly(Money.of("-3", "USD"));
    try {
      tx.executeWithoutResult(
          s -> {
            sinks.forEach(
                sink -> sink.apply(batch(UUID.randomUUID(), charge(c, Leg.CUSTOMER, "4"))));
            s.setRollbackOnly();
          });
    } finally {
      assertThat(switchSync.of(c.id())).hasSize(1);
    }
    assertThat(balances.current(c.tenantId(), c.id()).canCall()).isFalse();
  }
}
