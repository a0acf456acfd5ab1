package com.didtron.ui.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.activities.user.TwoFactor;
import com.didtron.domain.access.Actor;
import com.didtron.domain.apikey.ApiKey;
import com.didtron.domain.user.Role;
import com.didtron.ui.apikey.ApiKeysView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Users page disables and resets users; the API keys page makes read-only keys. */
class UserAdminViewsIT extends BrowserlessViewsIT {
  @Autowired UserFixtures people;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired TwoFactor twoFactor;

  private Button action(String text) {
    Div actions = (Div) GridKt._getCellComponent(_get(Grid.class), 0, "actions");
    return actions
        .getChildren()
        .filter(c -> c instanceof Button b && text.equals(b.getText()))
        .map(Button.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdminDisablesAUserAndResetsAnotherUsersPasswordOnTheUsersPage() {
    UserFixtures.SignIn leaving = people.staff(admin(), Role.ANALYST);
    UserFixtures.SignIn forgetful = people.staff(admin(), Role.AUDITOR);
    String leavingKey = keys.create(actorOf(leaving.email()), "old").secret();
    signIn(ADMIN);
    UI.getCurrent().navigate(UsersView.class);

    _get(TextField.class, spec -> spec.withPlaceholder("Email or name")).setValue(leaving.email());
    _click(action("Disable"));
    assertThat(logins.state(leaving.id()).orElseThrow().active()).isFalse();
    assertThat(keys.mine(actorOf(leaving.email()))).noneMatch(ApiKey::isActive);
    assertThat(leavingKey).startsWith("dtk_");

    _get(TextField.class, spec -> spec.withPlaceholder("Email or name"))
        .setValue(forgetful.email());
    _click(action("Reset password"));
    assertThat(_get(Pre.class).getText()).hasSize(20);
    assertThat(logins.state(forgetful.id()).orElseThrow().mustChangePassword()).isTrue();
  }

  @Test
  void aSuperAdminRequiresTwoFactorOfItsTenantsStaffOnTheUsersPage() {
    Actor tenantAdmin =
        actorOf(
            people
                .staff(
                    Actor.system("test", fixtures.tenant(Fixtures.unique("tfa-ui").toLowerCase())),
                    Role.SUPER_ADMIN)
                .email());
    signIn(tenantAdmin.name());
    UI.getCurrent().navigate(UsersView.class);
    Checkbox policy =
        _get(Checkbox.class, spec -> spec.withLabel("Staff must use two-factor sign-in"));
    assertThat(policy.getValue()).isFalse();
    HasValueUtilsKt._setValue(policy, true);
    assertThat(twoFactor.requiredForStaff(tenantAdmin)).isTrue();
  }

  @Test
  void aUserCreatesAReadOnlyKeyAndTheListSaysSo() {
    signIn(people.staff(admin(), Role.FINANCE).email());
    UI.getCurrent().navigate(ApiKeysView.class);
    _click(_get(Button.class, spec -> spec.withText("New API key")));
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue("reports");
    _get(Checkbox.class, spec -> spec.withLabel("Read-only (may only GET)")).setValue(true);
    _click(_get(Button.class, spec -> spec.withText("Create")));
    assertThat(_get(Pre.class).getText()).startsWith("dtk_");
    _click(_get(Button.class, spec -> spec.withText("Done")));
    assertThat(GridKt._getFormattedRow(_get(Grid.class), 0))
        .contains("Read-only", "never", "Active");
  }
}
