package com.didtron.rating.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingTest {

  @ParameterizedTest(name = "{0} s at {1}/{2} bills {3} s")
  @CsvSource({
    "0, 1, 1, 0",
    "1, 1, 1, 1",
    "59, 1, 1, 59",
    "0, 6, 6, 0",
    "1, 6, 6, 6",
    "6, 6, 6, 6",
    "7, 6, 6, 12",
    "1, 30, 6, 30",
    "30, 30, 6, 30",
    "31, 30, 6, 36",
    "36, 30, 6, 36",
    "37, 30, 6, 42",
    "10, 60, 6, 60",
    "60, 60, 6, 60",
    "61, 60, 6, 66",
    "66, 60, 6, 66",
    "67, 60, 6, 72",
    "1, 60, 60, 60",
    "60, 60, 60, 60",
    "61, 60, 60, 120",
    "121, 60, 60, 180",
    "1, 60, 1, 60",
    "61, 60, 1, 61",
    "3600, 60, 1, 3600",
  })
  void billableSecondsFollowTheIncrements(long d, int initial, int subsequent, long billable) {
    assertThat(Billing.billableSeconds(d, initial, subsequent)).isEqualTo(billable);
  }

  @ParameterizedTest(name = "{0} s rounds up to {1} s")
  @CsvSource({"0, 0", "0.0, 0", "0.1, 1", "0.999, 1", "1, 1", "1.0001, 2", "59.5, 60"})
  void durationsRoundUpToWholeSeconds(String seconds, long whole) {
    assertThat(Billing.ceilSeconds(new BigDecimal(seconds))).isEqualTo(whole);
  }

  @Test
  void negativeAndOverlongDurationsAreRefused() {
    assertThat(Billing.ceilSeconds(new BigDecimal("-0.1"))).isEqualTo(-1);
    assertThat(Billing.ceilSeconds(null)).isEqualTo(-1);
    assertThat(Billing.ceilSeconds(new BigDecimal("1000000000000.1"))).isEqualTo(-1);
    assertThat(Billing.ceilSeconds(new BigDecimal("1000000000000"))).isEqualTo(1_000_000_000_000L);
  }

  @ParameterizedTest(name = "rate {0} + fee {1} for {2} s costs {3}")
  @CsvSource({
    "0.01, 0, 60, 0.010000",
    "0.01, 0, 0, 0.000000",
    "0.01, 0.05, 0, 0.000000",
    "0.01, 0.05, 6, 0.051000",
    "0.005, 0, 10, 0.000833",
    "0.000001, 0, 30, 0.000001",
    "0.000001, 0, 29, 0.000000",
    "0.000007, 0, 30, 0.000004",
    "0.000003, 0, 10, 0.000001",
    "0.000003, 0, 9, 0.000000",
    "0.123456, 0.000001, 61, 0.125515",
  })
  void costIsRoundedHalfUpToSixDecimals(String rate, String fee, long billable, String cost) {
    long micros =
        Billing.costMicros(
            Billing.toMicros(new BigDecimal(rate)),
            Billing.toMicros(new BigDecimal(fee)),
            billable);
    assertThat(Billing.fromMicros(micros).toPlainString()).isEqualTo(cost);
    assertThat(Billing.cost(new BigDecimal(rate), new BigDecimal(fee), billable).toPlainString())
        .isEqualTo(cost);
  }

  @Test
  void aSeventhDecimalOfFiveRoundsUpAndOfFourRoundsDown() {
    // 0.000009 * 50 / 60 = 0.0000075 -> 0.000008 ; 0.000009 * 49 / 60 = 0.00000735 -> 0.000007
    assertThat(Billing.cost(new BigDecimal("0.000009"), BigDecimal.ZERO, 50).toPlainString())
        .isEqualTo("0.000008");
    assertThat(Billing.cost(new BigDecimal("0.000009"), BigDecimal.ZERO, 49).toPlainString())
        .isEqualTo("0.000007");
    assertThat(Billing.costMicros(9, 0, 50)).isEqualTo(8);
    assertThat(Billing.costMicros(9, 0, 49)).isEqualTo(7);
  }

  @Test
  void ratesWithMoreThanSixDecimalsTakeTheExactPath() {
    assertThat(Billing.toMicros(new BigDecimal("0.0123456"))).isEqualTo(Billing.NOT_EXACT_IN_LONG);
    assertThat(Billing.toMicros(new BigDecimal("0.0123450"))).isEqualTo(12_345);
    // 0.0000005 per minute for 60 s is exactly 0.0000005 -> HALF_UP 0.000001
    assertThat(Billing.cost(new BigDecimal("0.0000005"), BigDecimal.ZERO, 60).toPlainString())
        .isEqualTo("0.000001");
    assertThat(
            Billing.cost(new BigDecimal("0.01"), new BigDecimal("0.0000004"), 60).toPlainString())
        .isEqualTo("0.010000");
  }

  @Test
  void overflowFallsBackToTheExactPath() {
    long hugeRate = Long.MAX_VALUE / 10;
    assertThat(Billing.costMicros(hugeRate, 0, 1000)).isEqualTo(Billing.NOT_EXACT_IN_LONG);
    assertThat(Billing.costMicros(1, Long.MAX_VALUE - 1, 120)).isEqualTo(Billing.NOT_EXACT_IN_LONG);
    assertThat(Billing.toMicros(new BigDecimal("99999999999999.999999")))
        .isEqualTo(Billing.NOT_EXACT_IN_LONG);
  }

  @Test
  void theLongPathEqualsTheBigDecimalDefinitionOnRandomAndBoundaryInputs() {
    Random random = new Random(42);
    long[] rates = {
      0,
      1,
      29,
      30,
      59,
      60,
      999_999,
      1_000_000,
      9_223_372_036L,
      Long.MAX_VALUE / 60,
      Long.MAX_VALUE / 61,
      Long.MAX_VALUE - 1
    };
    long[] billables = {0, 1, 6, 30, 59, 60, 61, 3_600, 1_000_000_000_000L, 1_000_000_002_147L};
    for (long rate : rates) {
      for (long billable : billables) {
        assertSamePaths(rate, random.nextInt(1_000_000), billable);
      }
    }
    for (int i = 0; i < 20_000; i++) {
      long rate =
          random.nextInt(4) == 0 ? random.nextLong(Long.MAX_VALUE) : random.nextInt(10_000_000);
      long fee = random.nextInt(3) == 0 ? random.nextLong(Long.MAX_VALUE) : random.nextInt(100_000);
      long billable =
          random.nextInt(4) == 0 ? random.nextLong(1_000_000_002_147L) : random.nextInt(100_000);
      assertSamePaths(rate, fee, billable);
    }
  }

  private static void assertSamePaths(long rateMicros, long feeMicros, long billable) {
    BigDecimal rate = BigDecimal.valueOf(rateMicros, 6);
    BigDecimal fee = BigDecimal.valueOf(feeMicros, 6);
    BigDecimal definition =
        billable == 0
            ? BigDecimal.ZERO.setScale(6)
            : fee.add(
                    rate.multiply(BigDecimal.valueOf(billable))
                        .divide(BigDecimal.valueOf(60), 30, RoundingMode.DOWN))
                .setScale(6, RoundingMode.HALF_UP);
    long fast = Billing.costMicros(rateMicros, feeMicros, billable);
    if (fast != Billing.NOT_EXACT_IN_LONG) {
      assertThat(Billing.fromMicros(fast)).isEqualTo(definition);
    }
    assertThat(Billing.cost(rate, fee, billable)).isEqualTo(definition);
  }
}
