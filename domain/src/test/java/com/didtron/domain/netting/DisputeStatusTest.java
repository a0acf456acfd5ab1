package com.didtron.domain.netting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisputeStatusTest {
  @Test
  void anOpenDisputeClosesIntoAClosedOne() {
    assertThat(DisputeStatus.OPEN.close()).isEqualTo(DisputeStatus.CLOSED);
  }

  @Test
  void aClosedDisputeRefusesToCloseAgain() {
    assertThatThrownBy(DisputeStatus.CLOSED::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A dispute that is CLOSED cannot be closed again");
  }
}
