package com.didtron.sip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tiny run of the benchmark against a local SIPp: one rate step, one concurrency step with media.
 */
class SipBenchIT {
  @Test
  void reportsARateStepAndAConcurrencyStepWithMedia() {
    String report =
        SipBench.run(
            new SipBench.Settings(
                List.of(20.0),
                Duration.ofSeconds(1),
                List.of(5),
                Duration.ofSeconds(1),
                true,
                null,
                2));
    assertThat(report.lines()).hasSize(3);
    assertThat(report.lines().skip(1)).allSatisfy(l -> assertThat(l).contains("answered 100.00%"));
    assertThat(report)
        .contains("rate       offered   20.0 cps")
        .contains("max    5 up at once")
        .contains("MOS 4.");
  }
}
