package com.didtron.domain.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignupStateTest {
  @Test
  void aVerifiedSignupIsApprovedRejectedOrQueuedForReview() {
    SignupState verified = SignupState.AWAITING_EMAIL.verify();
    assertThat(verified).isEqualTo(SignupState.EMAIL_VERIFIED);
    assertThat(verified.approve()).isEqualTo(SignupState.APPROVED);
    assertThat(verified.reject()).isEqualTo(SignupState.REJECTED);
    assertThat(verified.review().approve()).isEqualTo(SignupState.APPROVED);
  }

  @Test
  void anUnverifiedSignupCannotBeApproved() {
    assertThatThrownBy(SignupState.AWAITING_EMAIL::approve)
        .hasMessage("Cannot approve a sign-up that is awaiting email");
  }

  @Test
  void aDecidedSignupCannotBeDecidedOrVerifiedAgain() {
    assertThatThrownBy(SignupState.APPROVED::reject)
        .hasMessage("Cannot reject a sign-up that is approved");
    assertThatThrownBy(SignupState.REJECTED::verify)
        .hasMessage("Cannot verify the email of a sign-up that is rejected");
    assertThat(SignupState.REJECTED.isDecided()).isTrue();
  }
}
