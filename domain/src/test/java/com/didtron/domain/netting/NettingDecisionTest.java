package com.didtron.domain.netting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NettingDecisionTest {
  private static final BigDecimal THRESHOLD = new BigDecimal("100");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theWorkedExampleOffsetsTheLesserAmount() {
    var o = NettingDecision.decide(d("105"), d("140"), BigDecimal.ZERO, THRESHOLD);
    assertThat(o.offset()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("105"));
  }

  @Test
  void nothingIsNettedWhenOneSideIsAtOrBelowTheThreshold() {
    assertThat(NettingDecision.decide(d("100"), d("140"), BigDecimal.ZERO, THRESHOLD).offset())
        .isEmpty();
    assertThat(NettingDecision.decide(d("500"), d("99"), BigDecimal.ZERO, THRESHOLD).offset())
        .isEmpty();
  }

  @Test
  void openDisputesAreHeldOutOfWhatWeOwe() {
    var o = NettingDecision.decide(d("105"), d("140"), d("30"), THRESHOLD);
    assertThat(o.nettable()).isEqualByComparingTo("110");
    assertThat(o.offset()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("105"));
    assertThat(NettingDecision.decide(d("105"), d("140"), d("45"), THRESHOLD).offset()).isEmpty();
  }

  @Test
  void aPrepaidCustomerSideIsNeverNetted() {
    assertThat(NettingDecision.decide(d("-50"), d("400"), BigDecimal.ZERO, THRESHOLD).offset())
        .isEmpty();
  }
}
