package com.didtron.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final BigDecimal MIN_TOL = new BigDecimal("1");
  private static final BigDecimal AMT_TOL = new BigDecimal("0.01");
  private static final LocalDate D1 = LocalDate.of(2026, 3, 4);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 5);

  private static UsageRow row(LocalDate d, String dest, String call, String min, String amt) {
    return new UsageRow(d, dest, call, new BigDecimal(min), new BigDecimal(amt));
  }

  @Test
  void daysWithinTheToleranceAreNotReported() {
    var theirs = List.of(row(D1, null, null, "100.5", "5.005"));
    var ours = List.of(row(D1, null, null, "100", "5.00"));
    assertThat(Reconciler.compare(theirs, ours, MIN_TOL, AMT_TOL)).isEmpty();
  }

  @Test
  void aDayTheCarrierChargesMoreIsReportedWithMinuteAndAmountDifferences() {
    var theirs = List.of(row(D1, null, null, "100", "5"), row(D2, null, null, "80", "4.50"));
    var ours = List.of(row(D1, null, null, "100", "5"), row(D2, null, null, "70", "3.50"));
    var diffs = Reconciler.compare(theirs, ours, MIN_TOL, AMT_TOL);
    assertThat(diffs)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.level()).isEqualTo("DAY");
              assertThat(d.day()).isEqualTo(D2);
              assertThat(d.minuteDifference()).isEqualByComparingTo("10");
              assertThat(d.amountDifference()).isEqualByComparingTo("1");
            });
  }

  @Test
  void destinationsAndCallsAreComparedWhenBothSidesKnowThem() {
    var theirs =
        List.of(
            row(D1, "UK Mobile", "c1", "2", "0.20"),
            row(D1, "UK Fixed", "c2", "3", "0.03"),
            row(D1, "UK Mobile", "c3", "1", "0.10"));
    var ours =
        List.of(row(D1, "UK Mobile", "c1", "2", "0.20"), row(D1, "UK Fixed", "c2", "3", "0.03"));
    var diffs = Reconciler.compare(theirs, ours, BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(diffs).extracting(Difference::level).containsExactly("DAY", "DESTINATION", "CALL");
    assertThat(diffs.get(1).destination()).isEqualTo("UK Mobile");
    assertThat(diffs.get(2).callId()).isEqualTo("c3");
    assertThat(diffs.get(2).ourMinutes()).isZero();
  }

  @Test
  void aCarrierCsvIsReadWithEitherDateStyleAndSecondsOrMinutes() {
    var parsed =
        CarrierFile.parse(
            "Date,Destination,Seconds,Amount,call_id\n3/4/2026,UK,90,0.15,a\n2026-03-05T10:00:00,UK,30,0.05,b\n");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).day()).isEqualTo(D1);
    assertThat(parsed.rows().get(0).minutes()).isEqualByComparingTo("1.5");
  }

  @Test
  void badLinesAreNamedByNumber() {
    var parsed =
        CarrierFile.parse("date,minutes,amount\n2026-03-04,ten,1\nyesterday,1,1\n2026-03-04,1\n");
    assertThat(parsed.errors())
        .containsExactly(
            "line 2: minutes 'ten' is not a number",
            "line 3: 'yesterday' is not a date (use 2026-03-04 or 3/4/2026)",
            "line 4: has 2 columns, the header has 3");
    assertThat(CarrierFile.parse("when,amount\n").errors())
        .singleElement()
        .asString()
        .contains("header needs");
  }
}
