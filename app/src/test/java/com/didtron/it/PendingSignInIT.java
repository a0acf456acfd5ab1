package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.signup.SignupForm;
import com.didtron.activities.signup.SignupOutcome;
import com.didtron.activities.signup.SignupService;
import com.didtron.activities.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A user whose sign-up still waits for approval is told so when it signs in with its password; a
 * wrong password still reads "bad credentials", so the message reveals nothing to a stranger.
 */
class PendingSignInIT extends PlatformIT {
  @Autowired Fixtures fixtures;
  @Autowired SignupService signups;
  @Autowired AuthenticationManager signIn;

  @Test
  void aPendingSignupSigningInIsToldItWaitsForApprovalOnlyWithTheRightPassword() {
    String brand = Fixtures.unique("wait").toLowerCase();
    fixtures.tenant(brand);
    String email = Fixtures.unique("wait").toLowerCase() + "@example.com";
    String password = "a long enough password";
    var category = signups.brand(brand).orElseThrow().categories().getFirst().id();
    var submitted =
        signups.signUp(
            new SignupForm(
                brand, "Waiting Ann", email, password, "FR", category, null, "10.9.9.1"));
    assertThat(submitted).isInstanceOf(SignupOutcome.Accepted.class);

    assertThatThrownBy(
            () ->
                signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, password)))
        .isInstanceOf(DisabledException.class)
        .hasMessage("Your account is waiting for approval");
    assertThatThrownBy(
            () ->
                signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "not the password")))
        .isInstanceOf(BadCredentialsException.class)
        .hasMessage("Incorrect email or password");
  }
}
