package com.didtron.activities.user;

import com.didtron.domain.user.User;
import java.time.Instant;

/**
 * What the security layer needs to know about a user on every request of a session and at sign-in:
 * whether it may still act, must replace a one-time password, or needs a second factor.
 *
 * @param sessionsValidAfter sessions signed in before this instant are ended (disable, reset)
 * @param totpEnabled the user has confirmed an authenticator app
 * @param twoFactorRequired the tenant requires a second factor of its staff and this user is staff
 */
public record SignInState(
    User user,
    boolean mustChangePassword,
    Instant sessionsValidAfter,
    boolean totpEnabled,
    boolean twoFactorRequired) {

  public boolean active() {
    return user.enabled() && !user.isDeleted();
  }

  /** Whether a session signed in at {@code signedInAt} may go on. */
  public boolean allowsSessionFrom(Instant signedInAt) {
    return active() && (sessionsValidAfter == null || !signedInAt.isBefore(sessionsValidAfter));
  }

  /** Sign-in needs a code: the user enrolled, or its tenant requires one of staff. */
  public boolean needsSecondFactor() {
    return totpEnabled || twoFactorRequired;
  }
}
