package com.didtron.activities.security;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor behind the current request, from Spring Security's context. */
public final class CurrentActor {
  private CurrentActor() {}

  public static Optional<DidtronPrincipal> principal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof DidtronPrincipal p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The signed-in actor in its home tenant; refuses when nobody is signed in. */
  public static Actor require() {
    return principal()
        .map(DidtronPrincipal::actor)
        .orElseThrow(() -> new AccessDenied("Sign in first"));
  }
}
