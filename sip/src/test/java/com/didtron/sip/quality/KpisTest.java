package com.didtron.sip.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.didtron.sip.ua.CallOutcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpisTest {
  @Test
  void asrNerAcdPddPercentilesAndMosOverAMixOfOutcomes() {
    Kpis k =
        Kpis.of(
            List.of(
                new CallSample(CallOutcome.ANSWERED, 200, 1000L, 30_000, 4.4),
                new CallSample(CallOutcome.ANSWERED, 200, 2000L, 60_000, 4.0),
                new CallSample(CallOutcome.BUSY, 486, 500L, 0, null),
                new CallSample(CallOutcome.NO_ANSWER, 487, 3000L, 0, null),
                new CallSample(CallOutcome.FAILED, 404, 800L, 0, null),
                new CallSample(CallOutcome.FAILED, 503, 100L, 0, null),
                new CallSample(CallOutcome.TIMEOUT, 0, null, 0, null)));
    assertThat(k.attempts()).isEqualTo(7);
    assertThat(k.answered()).isEqualTo(2);
    assertThat(k.asrPercent()).isCloseTo(28.571, within(0.001));
    assertThat(k.nerPercent()).isCloseTo(71.429, within(0.001));
    assertThat(k.acdSeconds()).isEqualTo(45.0);
    assertThat(k.pddP50Ms()).isEqualTo(800L);
    assertThat(k.pddP95Ms()).isEqualTo(3000L);
    assertThat(k.mos()).isCloseTo(4.2, within(1e-9));
  }

  @Test
  void noCallsMeansNoFigures() {
    assertThat(Kpis.of(List.of())).isEqualTo(Kpis.EMPTY);
    Kpis failedOnly = Kpis.of(List.of(new CallSample(CallOutcome.TIMEOUT, 0, null, 0, null)));
    assertThat(failedOnly.asrPercent()).isZero();
    assertThat(failedOnly.acdSeconds()).isNull();
    assertThat(failedOnly.pddP95Ms()).isNull();
    assertThat(failedOnly.mos()).isNull();
  }

  @ParameterizedTest(name = "p{1} of [{0}] is {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "100 500 800 1000 2000 3000; 50; 800",
        "100 500 800 1000 2000 3000; 95; 3000",
        "7; 50; 7",
        "1 2 3 4 5 6 7 8 9 10; 90; 9",
        "1 2 3 4 5 6 7 8 9 10; 100; 10",
        "3 1 2; 50; 2"
      })
  void percentilesAreNearestRank(String values, double p, long expected) {
    List<Long> v = Arrays.stream(values.split(" ")).map(Long::parseLong).toList();
    assertThat(Percentiles.of(v, p)).isEqualTo(expected);
  }
}
