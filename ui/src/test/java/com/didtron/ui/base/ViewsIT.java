package com.didtron.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.ui.account.AccountFormView;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.audit.AuditLogView;
import com.didtron.ui.components.ComponentLibraryView;
import com.didtron.ui.dashboard.DashboardView;
import com.didtron.ui.portal.MyAccountView;
import com.didtron.ui.security.LoginView;
import com.didtron.ui.system.SystemView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.didtron.ui.user.UsersView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless view tests: real services and database behind the views, roles enforced. */
class ViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;

  @Test
  void strangersAreSentToTheLoginPage() {
    UI.getCurrent().navigate(AccountsView.class);
    assertThat(_find(LoginView.class)).hasSize(1);
    assertThat(_find(Anchor.class, spec -> spec.withText("New customer? Create an account")))
        .as("several brands here: no sign-up link without a brand, which would be a dead end")
        .isEmpty();
  }

  @Test
  void anAdminListsFindsAndCreatesAccounts() {
    String name = Fixtures.unique("Listed");
    fixtures.account(admin(), name);
    signIn(ADMIN);
    UI.getCurrent().navigate(AccountsView.class);
    _get(TextField.class, spec -> spec.withPlaceholder("Name or email")).setValue(name);
    Grid<Account> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).name()).isEqualTo(name);

    UI.getCurrent().navigate(AccountFormView.class, "new");
    String created = Fixtures.unique("Created");
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue(created);
    _click(_get(Button.class, spec -> spec.withText("Save")));
    assertThat(_find(AccountsView.class)).hasSize(1);
    _get(TextField.class, spec -> spec.withPlaceholder("Name or email")).setValue(created);
    assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
  }

  @Test
  void aCustomerCannotOpenAdminPages() {
    Account own = fixtures.account(admin(), Fixtures.unique("Own"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    for (Class<? extends Component> adminView :
        List.of(
            AccountsView.class,
            UsersView.class,
            AuditLogView.class,
            SystemView.class,
            ComponentLibraryView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(adminView))
          .isInstanceOf(MockAccessDeniedException.class);
    }
    assertThatThrownBy(() -> UI.getCurrent().navigate(AccountFormView.class, own.id().toString()))
        .isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void aCustomerSeesItsOwnAccountAndNothingElse() {
    Account own = fixtures.account(admin(), Fixtures.unique("Own"));
    fixtures.account(admin(), Fixtures.unique("Neighbour"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    UI.getCurrent().navigate(MyAccountView.class);
    assertThat(_find(Span.class, spec -> spec.withText(own.name()))).hasSize(1);
    UI.getCurrent().navigate(DashboardView.class);
    assertThat(_find(Span.class, spec -> spec.withText(own.name()))).hasSize(1);
  }

  @Test
  void theComponentLibraryShowsTheSharedComponents() {
    signIn(ADMIN);
    UI.getCurrent().navigate(ComponentLibraryView.class);
    _get(TabSheet.class).setSelectedIndex(1);
    assertThat(_find(Span.class, spec -> spec.withText("1–25 of 1,234"))).hasSize(1);
  }

  @Test
  void theSystemPageShowsPostgresAndTemporalUp() {
    signIn(ADMIN);
    UI.getCurrent().navigate(SystemView.class);
    assertThat(_find(Span.class, spec -> spec.withText("UP"))).hasSize(2);
  }
}
