package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.notification.Outbox;
import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.domain.account.Account;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.user.Role;
import com.didtron.ui.apikey.ApiKeysView;
import com.didtron.ui.notification.OutboxView;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless tests of the money pages: real services and database, roles enforced. */
class MoneyViewsIT extends PlatformIT {
  private static final Routes ROUTES = new Routes().autoDiscoverViews("com.didtron.ui");

  @Autowired ApplicationContext context;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired Outbox outbox;

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  void signIn(String email) {
    DidtronPrincipal principal = logins.principal(email).orElseThrow();
    var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    SecurityContextHolder.getContext().setAuthentication(auth);
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    request.setUserInRole((p, role) -> principal.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
  }

  @Test
  void aUserCreatesAnApiKeySeesItOnceAndRevokesIt() {
    Account own = fixtures.account(admin(), Fixtures.unique("KeyOwner"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    UI.getCurrent().navigate(ApiKeysView.class);
    _click(_get(Button.class, spec -> spec.withText("New API key")));
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue("export");
    _click(_get(Button.class, spec -> spec.withText("Create")));
    assertThat(_get(Pre.class).getText()).startsWith("dtk_");
    _click(_get(Button.class, spec -> spec.withText("Done")));
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
    assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.startsWith("Revoked"));
  }

  @Test
  void theOutboxPageListsMessagesAndSaysWhyTheyAreNotSent() {
    String key = Fixtures.unique("page");
    outbox.enqueue(new EmailDraft(key, "TEST", admin().tenantId(), "ops@example.test", null,
        "Subject " + key, "<p>x</p>", "x"));
    signIn(ADMIN);
    UI.getCurrent().navigate(OutboxView.class);
    assertThat(_find(Paragraph.class, spec -> spec.withText(
        "Emails are not sent: no Brevo API key is configured (set DIDTRON_BREVO_API_KEY or "
            + "didtron.brevo.api-key). They wait here and go out once delivery is configured."))).hasSize(1);
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isPositive();
  }

  @Test
  void customersCannotOpenTheOutbox() {
    Account own = fixtures.account(admin(), Fixtures.unique("NoOutbox"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class)).isInstanceOf(MockAccessDeniedException.class);
  }
}
