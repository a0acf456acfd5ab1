package com.didtron.rating.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AccountBookTest {
  static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
  static final CallRate PER_SECOND = CreditDecisionTest.PER_SECOND;

  @Test
  void aSecondParallelCallGetsOnlyWhatTheFirstDidNotReserve() {
    AccountBook book = new AccountBook(CreditDecisionTest.prepaid("0.50"));
    assertThat(book.authorise("c1", null, "44", halfMinuteCalls(), T0))
        .isEqualTo(new Admit(30, new BigDecimal("0.300000")));
    assertThat(book.authorise("c2", null, "44", PER_SECOND, T0))
        .isEqualTo(new Admit(20, new BigDecimal("0.200000")));
    assertThat(book.authorise("c3", null, "44", PER_SECOND, T0))
        .isEqualTo(new Refuse(Refusal.INSUFFICIENT_FUNDS));
    assertThat(book.reserved()).isEqualByComparingTo("0.50");
  }

  @Test
  void anEndedCallHoldsItsRealCostUntilChargedThenTheBalanceCarriesIt() {
    AccountBook book = new AccountBook(CreditDecisionTest.prepaid("1.00"));
    book.authorise("c1", null, "44", PER_SECOND, T0);
    assertThat(book.reserved()).isEqualByComparingTo("1.00");
    book.ended("c1", 40L, T0.plusSeconds(40));
    assertThat(book.reserved()).isEqualByComparingTo("0.40");
    assertThat(book.callsInProgress()).isZero();
    assertThat(book.authorise("c2", null, "44", PER_SECOND, T0.plusSeconds(41)))
        .isEqualTo(new Admit(60, new BigDecimal("0.600000")));

    book.charged(List.of("c1"), CreditDecisionTest.prepaid("0.60"), T0.plusSeconds(45));
    assertThat(book.holds("c1")).isFalse();
    assertThat(book.reserved()).isEqualByComparingTo("0.60");
    assertThat(book.standing().funds()).isEqualByComparingTo("0.60");
  }

  @Test
  void aRepeatedAuthorisationOfTheSameCallReservesOnce() {
    AccountBook book = new AccountBook(CreditDecisionTest.prepaid("1.00"));
    Decision first = book.authorise("c1", null, "44", PER_SECOND, T0);
    assertThat(book.authorise("c1", null, "44", PER_SECOND, T0)).isEqualTo(first);
    assertThat(book.reserved()).isEqualByComparingTo("1.00");
  }

  @Test
  void staleHoldsExpire() {
    AccountBook book = new AccountBook(CreditDecisionTest.prepaid("1.00"));
    book.authorise("lost-end", null, "44", PER_SECOND, T0);
    book.authorise("c2", null, "44", PER_SECOND, T0);
    assertThat(book.expire(T0.plusSeconds(100), Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .isZero();
    assertThat(book.expire(T0.plusSeconds(161), Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .isEqualTo(1);
    assertThat(book.holds("lost-end")).isFalse();
  }

  @Test
  void spendFromBeforeTheBookCountsAgainstTheDailyCapUntilADayAfterItWasCharged() {
    Standing st =
        new Standing(
            AccountStatus.ACTIVE,
            BillingMode.PREPAID,
            new BigDecimal("1000"),
            BigDecimal.ZERO,
            CreditDecisionTest.limits(null, null, "1.00", null, List.of()),
            Map.of());
    AccountBook book = new AccountBook(st);
    // loaded out of order: the book keeps them by time
    book.spentBefore(T0.minus(Duration.ofHours(2)), new BigDecimal("0.40"));
    book.spentBefore(T0.minus(Duration.ofHours(20)), new BigDecimal("0.30"));
    assertThat(book.spentLast24h(T0)).isEqualByComparingTo("0.70");
    assertThat(book.authorise("c1", null, "44", PER_SECOND, T0))
        .as("0.30 left under the cap buys 30 s")
        .isEqualTo(new Admit(30, new BigDecimal("0.300000")));
    book.ended("c1", 0L, T0);
    book.charged(List.of("c1"), st, T0);

    Instant later = T0.plus(Duration.ofHours(4)).plusSeconds(1);
    assertThat(book.spentLast24h(later))
        .as("the 0.30 charged 20 h before T0 left the window")
        .isEqualByComparingTo("0.40");
    assertThat(book.authorise("c2", null, "44", PER_SECOND, later))
        .isEqualTo(new Admit(60, new BigDecimal("0.600000")));
  }

  @Test
  void aRateConvertedToTheAccountsCurrencyBillsExactlyAtTheConvertedPrice() {
    CallRate eur = new CallRate(new BigDecimal("0.60"), new BigDecimal("0.10"), 1, 1);
    CallRate usd = eur.converted(new BigDecimal("1.10"));
    assertThat(usd.perMinute()).isEqualByComparingTo("0.66");
    assertThat(usd.connectFee()).isEqualByComparingTo("0.11");
    assertThat(usd.costOf(60)).isEqualByComparingTo("0.770000");
  }

  @Test
  void theChannelLimitCountsCallsInProgressNotEndedOnes() {
    Standing st =
        new Standing(
            AccountStatus.ACTIVE,
            BillingMode.PREPAID,
            new BigDecimal("1000"),
            BigDecimal.ZERO,
            CreditDecisionTest.limits(2, null, null, null, List.of()),
            Map.of());
    AccountBook book = new AccountBook(st);
    book.authorise("c1", null, "44", PER_SECOND, T0);
    book.authorise("c2", null, "44", PER_SECOND, T0.plusSeconds(2));
    assertThat(((Refuse) book.authorise("c3", null, "44", PER_SECOND, T0.plusSeconds(4))).reason())
        .isEqualTo(Refusal.CHANNEL_LIMIT);
    book.ended("c1", 5L, T0.plusSeconds(5));
    assertThat(book.authorise("c3", null, "44", PER_SECOND, T0.plusSeconds(6)))
        .isInstanceOf(Admit.class);
  }

  @Test
  void parallelCallsNeverTogetherReserveMoreThanTheFunds() throws Exception {
    Random random = new Random(20261203);
    for (int round = 0; round < 200; round++) {
      BigDecimal funds = BigDecimal.valueOf(random.nextInt(100_000), 4);
      BillingMode mode = random.nextBoolean() ? BillingMode.PREPAID : BillingMode.POSTPAID;
      BigDecimal credit = BigDecimal.valueOf(random.nextInt(50_000), 4);
      Standing st =
          new Standing(
              AccountStatus.ACTIVE,
              mode,
              funds,
              credit,
              AccountLimits.none(CreditDecisionTest.ACCOUNT),
              Map.of());
      AccountBook book = new AccountBook(st);
      List<CallRate> rates = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        rates.add(
            new CallRate(
                BigDecimal.valueOf(1 + random.nextInt(2_000_000), 6),
                BigDecimal.valueOf(random.nextInt(3) == 0 ? random.nextInt(50_000) : 0, 6),
                1 + random.nextInt(60),
                1 + random.nextInt(60)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Decision>> calls = new ArrayList<>();
      for (int c = 0; c < 40; c++) {
        CallRate rate = rates.get(c % rates.size());
        String id = "call-" + c;
        calls.add(pool.submit(() -> book.authorise(id, null, "44", rate, T0)));
      }
      BigDecimal admitted = BigDecimal.ZERO;
      for (int c = 0; c < calls.size(); c++) {
        if (calls.get(c).get() instanceof Admit a) {
          CallRate rate = rates.get(c % rates.size());
          assertThat(rate.costOf(a.maxSeconds())).isEqualByComparingTo(a.reserved());
          assertThat((a.maxSeconds() - rate.initial()) % rate.subsequent())
              .as("a whole number of increments")
              .isZero();
          admitted = admitted.add(a.reserved());
        }
      }
      pool.shutdown();
      assertThat(admitted).isLessThanOrEqualTo(st.spendable().max(BigDecimal.ZERO));
      assertThat(book.reserved()).isEqualByComparingTo(admitted);
    }
  }

  @Test
  void theMaximumDurationIsTheLongestWholeIncrementCountThatFits() {
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      CallRate rate =
          new CallRate(
              BigDecimal.valueOf(1 + random.nextInt(5_000_000), 6),
              BigDecimal.valueOf(random.nextInt(100_000), 6),
              1 + random.nextInt(60),
              1 + random.nextInt(60));
      BigDecimal budget = BigDecimal.valueOf(random.nextInt(10_000_000), 6);
      long max = CreditDecision.maxSeconds(rate, budget);
      if (max == 0) {
        assertThat(rate.costOf(rate.initial())).isGreaterThan(budget);
        continue;
      }
      assertThat(rate.costOf(max)).isLessThanOrEqualTo(budget);
      if (max + rate.subsequent() <= CreditDecision.MAX_CALL_SECONDS) {
        assertThat(rate.costOf(max + rate.subsequent())).isGreaterThan(budget);
      }
    }
  }

  private static CallRate halfMinuteCalls() {
    return new CallRate(new BigDecimal("0.60"), BigDecimal.ZERO, 30, 30);
  }
}
