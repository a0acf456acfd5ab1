package com.didtron.ui.api.base;

import com.didtron.activities.apikey.ApiKeyAuthenticator;
import com.didtron.activities.apikey.AuthenticatedKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, for a valid key, signs the request in as the key's
 * user for this request only (stateless). An invalid (unknown, revoked, expired, or its user
 * disabled) key is answered with 401 at once; a read-only key with 403 for anything but reading; a
 * missing one is left to the entry point (401 for protected paths).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  private static final String BEARER = "Bearer ";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  private final ApiKeyAuthenticator keys;
  private final ApiProblems problems;

  ApiKeyAuthenticationFilter(ApiKeyAuthenticator keys, ApiProblems problems) {
    this.keys = keys;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<AuthenticatedKey> key = keys.authenticate(header.substring(BEARER.length()).strip());
      if (key.isEmpty()) {
        problems.write(response, 401, "Unauthorized", "The API key is unknown, expired or revoked");
        return;
      }
      if (key.get().readOnly() && !READING.contains(request.getMethod())) {
        problems.write(
            response, 403, "Forbidden", "This API key is read-only: it may only read (GET)");
        return;
      }
      var user = key.get().principal();
      var auth =
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(request, response);
  }
}
