package com.didtron.rating.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingBenchTest {

  @Test
  void theReportNamesEveryScenario() {
    String report = RatingBench.run(2_000, 3_000);

    assertThat(report)
        .contains("2,000 prefixes, 3,000 CDRs")
        .contains("deck parse:")
        .contains("deck compile:")
        .contains("bytes/prefix")
        .contains("prefix lookup:")
        .contains("offline rating:")
        .contains("baseline rating:")
        .contains("LCR ranking:")
        .contains("routing plan:")
        .contains("3000 CDRs:");
  }
}
