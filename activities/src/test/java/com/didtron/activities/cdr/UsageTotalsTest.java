package com.didtron.activities.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.didtron.activities.cdr.UsageTotals.ByDestination;
import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.domain.usage.UsageCharge.Leg;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsageTotalsTest {
  private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final CurrencyCode USD = CurrencyCode.of("USD");

  @Test
  void sharesAreSplitByTheBillingPeriodOfEachCallsStartAndStillAddUpToOneCharge() {
    UsagePeriods.Resolver months =
        (account, start) ->
            BillingPeriod.containing(BillingCycle.MONTHLY, start, ZoneOffset.UTC)
                .startsAt(ZoneOffset.UTC);
    UsageTotals t = new UsageTotals(months);
    t.add(
        CUSTOMER,
        Leg.CUSTOMER,
        USD,
        "UK",
        Instant.parse("2026-10-31T23:59:00Z"),
        new BigDecimal("0.12"),
        1,
        60);
    t.add(
        CUSTOMER,
        Leg.CUSTOMER,
        USD,
        "UK",
        Instant.parse("2026-11-01T00:01:00Z"),
        new BigDecimal("0.24"),
        1,
        120);

    assertThat(t.charges()).hasSize(1);
    assertThat(t.charges().get(0).amount().amount()).isEqualByComparingTo("0.36");
    assertThat(t.byDestination())
        .extracting(d -> d.periodStart().toString(), ByDestination::amount)
        .containsExactly(
            tuple("2026-10-01T00:00:00Z", new BigDecimal("0.12")),
            tuple("2026-11-01T00:00:00Z", new BigDecimal("0.24")));
  }

  @Test
  void theSharesPerDestinationAddUpToTheirCharge() {
    UsageTotals t = new UsageTotals();
    t.add(CUSTOMER, Leg.CUSTOMER, USD, "UK Mobile", new BigDecimal("0.11"), 1, 66);
    t.add(CUSTOMER, Leg.CUSTOMER, USD, "UK Fixed", new BigDecimal("0.022"), 1, 66);
    t.add(CUSTOMER, Leg.CUSTOMER, USD, "UK Mobile", new BigDecimal("0.10"), 1, 60);

    UsageCharge charge = t.charges().get(0);
    assertThat(charge.amount().amount()).isEqualByComparingTo("0.232");
    assertThat(t.byDestination())
        .extracting(
            ByDestination::destination, ByDestination::calls, ByDestination::billableSeconds)
        .containsExactly(tuple("UK Mobile", 2L, 126L), tuple("UK Fixed", 1L, 66L));
    assertThat(
            t.byDestination().stream()
                .map(ByDestination::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(charge.amount().amount());
  }

  @Test
  void aReratedCallMovingBetweenDestinationsKeepsBothSharesOfItsDifference() {
    UsageTotals diff = new UsageTotals();
    diff.add(CUSTOMER, Leg.CUSTOMER, USD, "UK", new BigDecimal("-0.02"), -1, -60);
    diff.add(CUSTOMER, Leg.CUSTOMER, USD, "UK Mobile", new BigDecimal("0.10"), 1, 60);

    assertThat(diff.charges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.amount().amount()).isEqualByComparingTo("0.08");
              assertThat(c.calls()).isZero();
            });
    assertThat(diff.byDestination())
        .extracting(ByDestination::destination)
        .containsExactly("UK", "UK Mobile");
  }

  @Test
  void aChargeThatSumsToNothingLeavesNoSharesEither() {
    UsageTotals diff = new UsageTotals();
    diff.add(CUSTOMER, Leg.CUSTOMER, USD, "UK", new BigDecimal("-0.02"), -1, -60);
    diff.add(CUSTOMER, Leg.CUSTOMER, USD, "UK", new BigDecimal("0.02"), 1, 60);

    assertThat(diff.charges()).isEmpty();
    assertThat(diff.byDestination()).isEmpty();
  }

  @Test
  void aLegWithoutADestinationNameIsGroupedUnderItsPrefix() {
    assertThat(UsageTotals.destination(" UK Mobile ", "447")).isEqualTo("UK Mobile");
    assertThat(UsageTotals.destination(null, "447")).isEqualTo("447");
    assertThat(UsageTotals.destination("", null)).isEqualTo("Unknown destination");
  }

  @Test
  void totalsAddedTogetherEqualTheSameCallsSummedInOne() {
    UUID carrier = UUID.fromString("00000000-0000-0000-0000-000000000002");
    UsageTotals one = new UsageTotals();
    UsageTotals first = new UsageTotals();
    UsageTotals second = new UsageTotals();
    Object[][] calls = {
      {CUSTOMER, Leg.CUSTOMER, "UK", "0.12", 60},
      {carrier, Leg.CARRIER, "UK", "0.05", 60},
      {CUSTOMER, Leg.CUSTOMER, "France", "0.30", 90},
      {CUSTOMER, Leg.CUSTOMER, "UK", "0.07", 30},
      {carrier, Leg.CARRIER, "Spain", "0.01", 6},
    };
    for (int i = 0; i < calls.length; i++) {
      Object[] c = calls[i];
      for (UsageTotals t : new UsageTotals[] {one, i < 2 ? first : second}) {
        t.add(
            (UUID) c[0],
            (Leg) c[1],
            USD,
            (String) c[2],
            new BigDecimal((String) c[3]),
            1,
            (Integer) c[4]);
      }
    }

    first.addAll(second);

    assertThat(first.charges()).isEqualTo(one.charges());
    assertThat(first.byDestination()).containsExactlyInAnyOrderElementsOf(one.byDestination());
    assertThat(first.charges())
        .extracting(c -> c.amount().amount(), UsageCharge::calls, UsageCharge::billableSeconds)
        .contains(tuple(new BigDecimal("0.490000"), 3L, 180L));
    // the second's sums are added, not taken over: it is left as it was
    assertThat(second.charges()).extracting(UsageCharge::calls).containsExactly(2L, 1L);
  }
}
