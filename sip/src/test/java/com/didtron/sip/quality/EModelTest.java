package com.didtron.sip.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EModelTest {
  @ParameterizedTest(name = "R {0} gives MOS {1}")
  @CsvSource({"-5, 1.0", "0, 1.0", "50, 2.575", "80, 4.024", "93.2, 4.409", "100, 4.5", "105, 4.5"})
  void theRFactorMapsToMosAsG107AnnexBSays(double r, double mos) {
    assertThat(EModel.mos(r)).isCloseTo(mos, within(0.001));
  }

  @ParameterizedTest(name = "one-way delay {0} ms costs Id {1}")
  @CsvSource({"0, 0", "100, 2.4", "177.3, 4.2552", "200, 7.297", "-10, 0"})
  void delayImpairmentGrowsFasterPast177Ms(double delayMs, double id) {
    assertThat(EModel.delayImpairment(delayMs)).isCloseTo(id, within(0.001));
  }

  @ParameterizedTest(name = "{0}% loss costs Ie,eff {1}")
  @CsvSource({"0, 0", "1, 3.6398", "5, 15.7807", "100, 75.9392", "150, 75.9392"})
  void lossImpairmentOfG711WithConcealment(double loss, double ie) {
    assertThat(EModel.lossImpairment(loss)).isCloseTo(ie, within(0.001));
  }

  @ParameterizedTest(name = "delay {0} ms, jitter {1} ms, loss {2}% gives MOS {3}")
  @CsvSource({"0, 0, 0, 4.40", "0, 0, 5, 3.90", "150, 20, 0, 4.18", "300, 50, 10, 1.58"})
  void aCallsMosEstimateFallsWithDelayJitterAndLoss(
      double delay, double jitter, double loss, double mos) {
    assertThat(EModel.estimateMos(delay, jitter, loss)).isCloseTo(mos, within(0.01));
  }
}
