package com.didtron.activities.user;

import com.didtron.activities.Facade;
import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.security.PrincipalLookup;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The login side of users: principals for authentication and the last-login stamp. */
@Service
@Facade
public class UserLogins implements PrincipalLookup {
  private final JooqUserRepository users;
  private final JooqCredentialRepository credentials;
  private final Clock clock;

  UserLogins(JooqUserRepository users, JooqCredentialRepository credentials, Clock clock) {
    this.users = users;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Whether the user may still act, must change its password or needs a second factor. */
  @Transactional(readOnly = true)
  public Optional<SignInState> state(UserId id) {
    return credentials.state(id);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DidtronPrincipal> principal(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return users
        .byEmail(email)
        .map(u -> new DidtronPrincipal(u.user(), u.passwordHash(), clock.instant()));
  }

  /** Reloads the current state of a user (e.g. a changed theme) for its session. */
  @Transactional(readOnly = true)
  public Optional<User> reload(UserId id) {
    return users.get(id);
  }

  @Transactional
  public void signedIn(UserId id) {
    users.touchLogin(id, clock.instant());
  }
}
