package com.didtron.activities.signup;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import java.util.List;

/** Outcomes of the sign-up's steps: business refusals are values, never exceptions. */
@Facade
public final class SignupOutcome {
  /** What every accepted form reads, whether or not the address already had a user. */
  public static final String CHECK_INBOX =
      "Check your inbox: we sent a message to the address you entered. Follow its link to continue.";

  private SignupOutcome() {}

  /** The form's result. */
  public sealed interface Submitted {}

  public record Accepted(String message) implements Submitted {}

  public record Rejected(List<FieldError> errors) implements Submitted {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }

  /** Following the verification link. */
  public sealed interface Verification {}

  public record Verified(SignupState state, String message) implements Verification {}

  public record Invalid(String message) implements Verification {}

  /** A staff decision. */
  public sealed interface Decision {}

  public record Decided(Signup signup) implements Decision {}

  public record Refused(String message) implements Decision {}
}
