package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditNoteStatusTest {
  @Test
  void aPendingNoteApprovesIntoAnApprovedOne() {
    assertThat(CreditNoteStatus.PENDING.approve()).isEqualTo(CreditNoteStatus.APPROVED);
  }

  @Test
  void aPendingNoteRejectsIntoARejectedOne() {
    assertThat(CreditNoteStatus.PENDING.reject()).isEqualTo(CreditNoteStatus.REJECTED);
  }

  @Test
  void anApprovedNoteRefusesToBeApprovedOrRejectedAgain() {
    assertThatThrownBy(CreditNoteStatus.APPROVED::approve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A credit note that is APPROVED cannot become APPROVED");
    assertThatThrownBy(CreditNoteStatus.APPROVED::reject)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A credit note that is APPROVED cannot become REJECTED");
  }

  @Test
  void aRejectedNoteRefusesToBeApproved() {
    assertThatThrownBy(CreditNoteStatus.REJECTED::approve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A credit note that is REJECTED cannot become APPROVED");
  }

  @Test
  void onlyAPendingNoteWaitsForADecision() {
    assertThat(CreditNoteStatus.PENDING.isPending()).isTrue();
    assertThat(CreditNoteStatus.APPROVED.isPending()).isFalse();
    assertThat(CreditNoteStatus.REJECTED.isPending()).isFalse();
  }
}
