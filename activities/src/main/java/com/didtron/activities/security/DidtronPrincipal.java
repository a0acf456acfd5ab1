package com.didtron.activities.security;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.User;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it; roles become {@code ROLE_<name>} authorities. */
@Facade
public final class DidtronPrincipal implements UserDetails, CredentialsContainer {
  private final User user;
  private final Instant signedInAt;
  private String passwordHash;

  public DidtronPrincipal(User user, String passwordHash) {
    this(user, passwordHash, Instant.EPOCH);
  }

  /** {@code signedInAt}: when the password was checked; sessions from before a reset are ended. */
  public DidtronPrincipal(User user, String passwordHash, Instant signedInAt) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.signedInAt = signedInAt;
  }

  public Instant signedInAt() {
    return signedInAt;
  }

  public User user() {
    return user;
  }

  /** The actor for service calls, in the user's home tenant. */
  public Actor actor() {
    return new Actor(user.id(), user.email(), user.tenantId(), user.roles(), user.accountId());
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> list =
        user.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
            .toList();
    return list;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.email();
  }

  @Override
  public boolean isEnabled() {
    return user.enabled() && !user.isDeleted();
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
