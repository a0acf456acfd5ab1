package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the switch bench summarises measured waits and pairs hang-ups with charged CDRs. */
class LatenciesTest {
  @Test
  void percentilesAreNearestRankOverTheSortedSamples() {
    List<Double> oneToHundred =
        new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList());

    Latencies l = Latencies.of(oneToHundred);

    assertThat(l.percentile(50)).isEqualTo(50.0);
    assertThat(l.percentile(95)).isEqualTo(95.0);
    assertThat(l.percentile(100)).isEqualTo(100.0);
    assertThat(l.max()).isEqualTo(100.0);
    assertThat(l.count()).isEqualTo(100);
  }

  @Test
  void withTwentySamplesP95IsTheNineteenthAndP50TheTenth() {
    Latencies l = Latencies.of(IntStream.rangeClosed(1, 20).mapToObj(i -> i * 10.0).toList());

    assertThat(l.percentile(50)).isEqualTo(100.0);
    assertThat(l.percentile(95)).isEqualTo(190.0);
    assertThat(l.max()).isEqualTo(200.0);
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Latencies l = Latencies.of(List.of(42.0));

    assertThat(l.percentile(1)).isEqualTo(42.0);
    assertThat(l.percentile(50)).isEqualTo(42.0);
    assertThat(l.percentile(95)).isEqualTo(42.0);
  }

  @Test
  void aPercentileOutsideZeroToHundredIsRefused() {
    Latencies l = Latencies.of(List.of(1.0));

    assertThatThrownBy(() -> l.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> l.percentile(101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSummaryPrintsMillisecondsBelowASecondAndSecondsAbove() {
    assertThat(Latencies.of(List.of(77.4, 203.0, 45.0)).summary("top-up → admitted"))
        .isEqualTo("top-up → admitted: p50 77 ms, p95 203 ms, max 203 ms over 3");
    assertThat(Latencies.of(List.of(2612.0, 5100.0, 900.0)).summary("hang-up → charged"))
        .isEqualTo("hang-up → charged: p50 2.61 s, p95 5.10 s, max 5.10 s over 3");
  }

  @Test
  void withoutSamplesTheSummarySaysSoInsteadOfFailing() {
    Latencies none = Latencies.of(List.of());

    assertThat(none.summary("suspension → refused")).isEqualTo("suspension → refused: no samples");
    assertThat(none.percentile(50)).isNaN();
  }

  @Test
  void eachChargedCallWaitsFromItsEndAndCallsNeverChargedAreLeftOut() {
    Instant end = Instant.parse("2026-12-04T00:10:00.250Z");
    Map<String, Instant> ended =
        Map.of("a", end, "b", end.plusMillis(500), "c", end, "d", end.plusMillis(3));
    Map<String, Instant> charged =
        Map.of(
            "a", end.plusMillis(2750),
            "b", end.plusMillis(5500),
            "d", end.plusMillis(1));

    assertThat(HangUps.waits(ended, charged)).containsExactlyInAnyOrder(2750.0, 5000.0, 0.0);
  }
}
