package com.didtron.ui.security;

import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.user.SignInState;
import com.didtron.activities.user.UserLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in portal session against the user's current state in PostgreSQL
 * (one primary-key read), so a change takes effect at the session's next request on any node: a
 * disabled or deleted user, or one whose sessions were ended (password reset), is signed out; a
 * sign-in still waiting for its second factor may only open the code page; a user with a one-time
 * password may only open the password page.
 */
class SessionGuardFilter extends OncePerRequestFilter {
  static final String TWO_FACTOR = "/two-factor";
  static final String CHANGE_PASSWORD = "/change-password";
  private static final List<String> ALWAYS_OPEN =
      List.of("/login", "/logout", "/images/", "/favicon.ico", "/actuator/health");

  private final UserLogins logins;

  SessionGuardFilter(UserLogins logins) {
    this.logins = logins;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    Object principal = auth == null ? null : auth.getPrincipal();
    DidtronPrincipal user =
        principal instanceof PendingSecondFactor p
            ? p.principal()
            : principal instanceof DidtronPrincipal d ? d : null;
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SignInState> state = logins.state(user.user().id());
    if (state.isEmpty() || !state.get().allowsSessionFrom(user.signedInAt())) {
      signOut(request);
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String only =
        principal instanceof PendingSecondFactor
            ? TWO_FACTOR
            : state.get().mustChangePassword() ? CHANGE_PASSWORD : null;
    if (only != null
        && !path.startsWith(only)
        && ALWAYS_OPEN.stream().noneMatch(path::startsWith)) {
      response.sendRedirect(request.getContextPath() + only);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Ends the session; the request goes on as anonymous (and is sent to the login page). */
  private static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "signed-out",
                "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
  }
}
