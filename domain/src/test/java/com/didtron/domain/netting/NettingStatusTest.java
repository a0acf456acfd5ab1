package com.didtron.domain.netting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NettingStatusTest {
  @Test
  void aProposalApprovesIntoAnApprovedRequest() {
    assertThat(NettingStatus.PROPOSED.approve()).isEqualTo(NettingStatus.APPROVED);
  }

  @Test
  void aProposalRejectsIntoARejectedRequest() {
    assertThat(NettingStatus.PROPOSED.reject()).isEqualTo(NettingStatus.REJECTED);
  }

  @Test
  void anApprovedRequestRefusesAnotherDecisionNamingTheOneTaken() {
    assertThatThrownBy(NettingStatus.APPROVED::reject)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This netting request is approved already");
    assertThatThrownBy(NettingStatus.APPROVED::approve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This netting request is approved already");
  }

  @Test
  void aRejectedRequestRefusesApproval() {
    assertThatThrownBy(NettingStatus.REJECTED::approve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This netting request is rejected already");
  }

  @Test
  void aProposalPassesTheProposedCheck() {
    assertThat(NettingStatus.PROPOSED.requireProposed()).isEqualTo(NettingStatus.PROPOSED);
  }
}
