package com.didtron.ui.testing;

import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.ui.base.ForbiddenView;
import com.didtron.ui.base.NotFoundView;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the browserless view tests (Karibu) of {@code ui}: a mocked Vaadin UI over the activities
 * and ui beans ({@link UiTestPlatform}, one context for every view test of this module), every view
 * of {@code com.didtron.ui} routable, real services and database behind them; each test signs in as
 * whichever user it needs and roles are enforced as in the portal.
 */
@SpringBootTest(classes = UiTestPlatform.class, webEnvironment = WebEnvironment.MOCK)
public abstract class BrowserlessViewsIT extends ActivitiesIT {
  /**
   * Every view, with Karibu's handlers for a refused or unknown route (they throw {@code
   * MockAccessDeniedException}/{@code NotFoundException}, which tests assert) in place of the
   * portal's own friendly pages for these two cases.
   */
  private static final Routes ROUTES = withKaribuRefusals();

  @Autowired private ApplicationContext context;

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
  }

  /** The routes of the mocked portal; a test of the portal's own error pages overrides this. */
  protected Routes routes() {
    return ROUTES;
  }

  private static Routes withKaribuRefusals() {
    Routes routes = new Routes().autoDiscoverViews("com.didtron.ui");
    routes.getErrorRoutes().removeAll(List.of(ForbiddenView.class, NotFoundView.class));
    // Karibu adds its throwing handlers only where the portal has none; put them back
    routes.getErrorRoutes().add(MockRouteAccessDeniedError.class);
    routes.getErrorRoutes().add(MockRouteNotFoundError.class);
    return routes;
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  /** Signs the mocked session in as the user with {@code email}, with that user's roles. */
  protected void signIn(String email) {
    DidtronPrincipal principal = logins.principal(email).orElseThrow();
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities());
    SecurityContextHolder.getContext().setAuthentication(auth);
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    request.setUserInRole(
        (p, role) ->
            principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
  }

  /** Every row a grid's data provider gives. */
  @SuppressWarnings("unchecked")
  protected static <T> List<T> rows(Grid<?> grid) {
    return (List<T>) GridKt._fetch(grid, 0, GridKt._size(grid));
  }
}
