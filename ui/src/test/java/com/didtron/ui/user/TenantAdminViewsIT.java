package com.didtron.ui.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.base.Menu;
import com.didtron.ui.system.SystemView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.didtron.ui.workflow.WorkflowsView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the portal a tenant admin gets the Accounts and Users pages of its tenant, and no platform
 * page.
 */
class TenantAdminViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired UserService users;

  @Test
  void aTenantAdminOpensAccountsAndUsersButNotTheSystemOrWorkflowPages() {
    TenantId brand = fixtures.tenant(Fixtures.unique("brand").toLowerCase());
    String email = Fixtures.unique("tadmin") + "@example.test";
    users.create(
        admin().inTenant(brand),
        new UserDraft(email, "Brand admin", Set.of(Role.TENANT_ADMIN), null));
    String colleague = Fixtures.unique("colleague") + "@example.test";
    users.create(
        admin().inTenant(brand),
        new UserDraft(colleague, "Brand analyst", Set.of(Role.ANALYST), null));
    signIn(email);

    assertThat(
            Menu.visibleTo(actorOf(email)).stream()
                .flatMap(m -> m.items().stream())
                .map(Menu.Item::label))
        .contains("Users", "Customers & carriers")
        .doesNotContain("System", "Workflows", "Email outbox");
    UI.getCurrent().navigate(UsersView.class);
    assertThat(rows(_get(Grid.class)))
        .extracting(u -> ((User) u).email())
        .containsExactlyInAnyOrder(email, colleague);
    UI.getCurrent().navigate(AccountsView.class);
    for (Class<? extends Component> v : List.of(SystemView.class, WorkflowsView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(v))
          .isInstanceOf(MockAccessDeniedException.class);
    }
  }
}
