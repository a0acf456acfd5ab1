package com.didtron.ui.security;

import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.user.UserLogins;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with throttling. A locked login name is refused before its password is checked;
 * every failure reads the same ("bad credentials") whether the user exists or not.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final UserLogins logins;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
      UserLogins logins) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.logins = logins;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String login = request.getName();
    if (throttle.lockedUntil(login).isPresent()) {
      throttle.failed(login);
      throw new LockedException("Too many failed sign-ins; wait a moment and try again");
    }
    Authentication result;
    try {
      result = passwords.authenticate(request);
    } catch (AuthenticationException e) {
      throttle.failed(login);
      throw new BadCredentialsException("Incorrect email or password");
    }
    throttle.succeeded(login);
    if (result != null && result.getPrincipal() instanceof DidtronPrincipal p) {
      logins.signedIn(p.user().id());
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
