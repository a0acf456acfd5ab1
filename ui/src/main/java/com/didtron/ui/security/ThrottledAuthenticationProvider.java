package com.didtron.ui.security;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.user.SignInState;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.account.AccountStatus;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling by login name and client address. A throttled sign-in is refused
 * before its password is checked; every failure reads the same ("bad credentials") whether the user
 * exists or not. A user who needs a second factor is signed in as {@link PendingSecondFactor} only,
 * without roles, until the code page completes the sign-in. A user whose sign-up still waits for
 * approval (disabled user of a PENDING account) and who gives the right password is told so ({@link
 * AwaitingApprovalException}); with a wrong password it reads "bad credentials" like any failure.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
  static final String PENDING_AUTHORITY = "SECOND_FACTOR_PENDING";

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final UserLogins logins;
  private final PasswordEncoder encoder;
  private final Accounts accounts;

  ThrottledAuthenticationProvider(
      AuthenticationProvider passwords,
      LoginThrottle throttle,
      UserLogins logins,
      PasswordEncoder encoder,
      Accounts accounts) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.logins = logins;
    this.encoder = encoder;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String login = request.getName();
    String address =
        request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    if (throttle.lockedUntil(login, address).isPresent()) {
      throttle.failed(login, address);
      throw new LockedException("Too many failed sign-ins; wait a moment and try again");
    }
    Authentication result;
    try {
      result = passwords.authenticate(request);
    } catch (AuthenticationException e) {
      throttle.failed(login, address);
      if (e instanceof DisabledException && awaitingApproval(login, request.getCredentials())) {
        throw new AwaitingApprovalException();
      }
      throw new BadCredentialsException("Incorrect email or password");
    }
    if (result == null || !(result.getPrincipal() instanceof DidtronPrincipal p)) {
      return result;
    }
    SignInState state =
        logins
            .state(p.user().id())
            .orElseThrow(() -> new BadCredentialsException("Incorrect email or password"));
    if (state.needsSecondFactor()) {
      // the name is cleared only when the code is right too; no hash stays in the session
      p.eraseCredentials();
      return UsernamePasswordAuthenticationToken.authenticated(
          new PendingSecondFactor(p, address),
          null,
          List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY)));
    }
    throttle.succeeded(login);
    logins.signedIn(p.user().id());
    return result;
  }

  /** A disabled user of a PENDING account whose password is right: a sign-up not approved yet. */
  private boolean awaitingApproval(String login, Object credentials) {
    if (!(credentials instanceof String password)) {
      return false;
    }
    return logins
        .principal(login)
        .filter(p -> p.getPassword() != null && encoder.matches(password, p.getPassword()))
        .filter(p -> p.user().accountId() != null)
        .flatMap(p -> accounts.find(p.user().accountId()))
        .filter(a -> a.status() == AccountStatus.PENDING && !a.isDeleted())
        .isPresent();
  }

  /** The sign-up of this user is not approved yet. */
  static final class AwaitingApprovalException extends DisabledException {
    AwaitingApprovalException() {
      super("Your account is waiting for approval");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
