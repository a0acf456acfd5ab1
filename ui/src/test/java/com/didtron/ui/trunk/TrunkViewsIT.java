package com.didtron.ui.trunk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trunk pages: admins manage an account's trunks, limits and status; portal users read their
 * own.
 */
class TrunkViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired TrunkFixtures make;
  @Autowired Trunks trunks;
  @Autowired AccountService accounts;

  private void open(Account a) {
    signIn(ADMIN);
    UI.getCurrent().navigate(AccountTrunksView.class, a.id().toString());
  }

  @Test
  void anAdminAddsACarrierTrunkAndABadAddressIsMarkedOnItsFieldWithTheDialogStillOpen() {
    Account carrier = make.account(admin(), "ViewCarrier", AccountKind.CARRIER);
    open(carrier);
    _click(_get(Button.class, spec -> spec.withText("Add trunk")));
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Primary");
    TextField address = _get(TextField.class, spec -> spec.withLabel("Address"));
    address.setValue("sip.carrier.example");
    _click(_get(Button.class, spec -> spec.withText("Save trunk")));
    assertThat(address.isInvalid()).isTrue();
    assertThat(address.getErrorMessage()).contains("port");
    assertThat(trunks.list(admin(), carrier.id(), false)).isEmpty();

    address.setValue("sip.carrier.example:5060");
    _click(_get(Button.class, spec -> spec.withText("Save trunk")));
    assertThat(_find(Button.class, spec -> spec.withText("Save trunk")))
        .as("the dialog closed")
        .isEmpty();
    assertThat(trunks.list(admin(), carrier.id(), false))
        .extracting(Trunk::address)
        .containsExactly("sip.carrier.example:5060");
    List<Trunk> rows = rows(_get(Grid.class));
    assertThat(rows).extracting(Trunk::name).containsExactly("Primary");
  }

  @Test
  void negativeLimitsAreMarkedAndASuspensionNeedsAReason() {
    Account customer = make.account(admin(), "ViewLimits", AccountKind.CUSTOMER);
    open(customer);
    _get(TabSheet.class).setSelectedIndex(1);
    IntegerField channels = _get(IntegerField.class, spec -> spec.withLabel("Max channels"));
    channels.setValue(-3);
    _click(_get(Button.class, spec -> spec.withText("Save limits")));
    assertThat(channels.isInvalid()).isTrue();
    assertThat(trunks.limits(admin(), customer.id()).updatedAt()).isNull();

    _get(TabSheet.class).setSelectedIndex(2);
    _click(_get(Button.class, spec -> spec.withText("Suspend")));
    assertThat(_get(TextField.class, spec -> spec.withLabel("Reason")).isInvalid()).isTrue();
    _get(TextField.class, spec -> spec.withLabel("Reason")).setValue("Chargeback");
    _click(_get(Button.class, spec -> spec.withText("Suspend")));
    assertThat(accounts.get(admin(), customer.id()).status()).isEqualTo(AccountStatus.SUSPENDED);
  }

  @Test
  void aCustomerSeesItsIngressTrunksWithTheUsernameButNeitherEgressTrunksNorSecrets() {
    Account both = make.account(admin(), "ViewBoth", AccountKind.BOTH);
    String username = "v" + both.id().toString().substring(0, 8);
    make.create(
        admin(), both, TrunkFixtures.ingress("Office", null, username, "view-secret-password"));
    make.create(admin(), both, TrunkFixtures.egress("Termination", "203.0.113.60"));
    signIn(fixtures.portalUser(admin(), both, Role.CUSTOMER));
    UI.getCurrent().navigate(MyTrunksView.class);
    List<Trunk> rows = rows(_get(Grid.class));
    assertThat(rows).extracting(Trunk::name).containsExactly("Office");
    assertThat(rows.get(0).username()).isEqualTo(username);
    assertThat(UI.getCurrent().getElement().getTextRecursively())
        .doesNotContain("view-secret-password");
  }

  @Test
  void aCustomerCannotOpenTheAdminTrunkPage() {
    Account customer = make.account(admin(), "ViewDenied", AccountKind.CUSTOMER);
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    assertThatThrownBy(
            () -> UI.getCurrent().navigate(AccountTrunksView.class, customer.id().toString()))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
