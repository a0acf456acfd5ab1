package com.didtron.ui.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a signed-in user's page load the HTTP status of what the portal will show: 404 for an
 * address that leads to no page, 403 for a page the user's role may not open. The page itself is
 * served as always (the browser renders the friendly not-found / forbidden page inside the shell);
 * Vaadin draws the view in a later request, so without this the document would always answer 200.
 * Users who are not signed in never get here with a page: they are sent to sign in first.
 */
class PageStatusFilter extends OncePerRequestFilter {
  private static final List<String> NOT_PAGES =
      List.of(
          "/VAADIN/",
          "/HEARTBEAT/",
          "/api/",
          "/v3/",
          "/webhooks/",
          "/actuator/",
          "/images/",
          "/files/",
          "/login",
          "/logout",
          "/error",
          "/favicon.ico",
          "/sw.js",
          "/manifest.webmanifest",
          SessionGuardFilter.TWO_FACTOR,
          SessionGuardFilter.CHANGE_PASSWORD);

  private final AccessAnnotationChecker access = new AccessAnnotationChecker();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isPageLoad(request) || !signedIn();
  }

  /**
   * A page load of an address that leads to no page. Vaadin's own rules refuse such a request
   * outright (an empty 403 from Spring Security); {@link SecurityConfig} lets a signed-in user's
   * through so the portal can show its not-found page, answered 404 here.
   */
  static boolean leadsToNoPage(HttpServletRequest request) {
    return isPageLoad(request) && route(request).isEmpty();
  }

  private static boolean isPageLoad(HttpServletRequest request) {
    String path = path(request);
    return "GET".equals(request.getMethod())
        && request.getParameter("v-r") == null
        && !path.contains(".")
        && NOT_PAGES.stream().noneMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int status = status(request);
    if (status == HttpServletResponse.SC_OK) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(status);
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(response) {
          @Override
          public void setStatus(int sc) {
            super.setStatus(sc == HttpServletResponse.SC_OK ? status : sc);
          }
        });
  }

  private int status(HttpServletRequest request) {
    Optional<Class<?>> view = route(request);
    if (view.isEmpty()) {
      return HttpServletResponse.SC_NOT_FOUND;
    }
    return access.hasAccess(view.get(), request)
        ? HttpServletResponse.SC_OK
        : HttpServletResponse.SC_FORBIDDEN;
  }

  /** The view the address leads to, from Vaadin's route registry. */
  private static Optional<Class<?>> route(HttpServletRequest request) {
    ApplicationRouteRegistry routes =
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
    NavigationRouteTarget target =
        routes.getNavigationRouteTarget(path(request).replaceFirst("^/", ""));
    return target == null || !target.hasTarget()
        ? Optional.empty()
        : Optional.of(target.getRouteTarget().getTarget());
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken)
        && !(auth.getPrincipal() instanceof PendingSecondFactor);
  }
}
