package com.didtron.ui.api.base;

import com.didtron.activities.apikey.ApiKeyAuthenticator;
import com.didtron.activities.security.DidtronPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>} and, for a valid key, signs the request in as the key's
 * user for this request only (stateless). An invalid key is answered with 401 at once; a missing
 * one is left to the entry point (401 for protected paths).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  private static final String BEARER = "Bearer ";

  private final ApiKeyAuthenticator keys;
  private final ApiProblems problems;

  ApiKeyAuthenticationFilter(ApiKeyAuthenticator keys, ApiProblems problems) {
    this.keys = keys;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<DidtronPrincipal> user = keys.authenticate(header.substring(BEARER.length()).strip());
      if (user.isEmpty()) {
        problems.write(response, 401, "Unauthorized", "The API key is unknown or revoked");
        return;
      }
      var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
          user.get().getAuthorities());
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(request, response);
  }
}
