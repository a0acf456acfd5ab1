package com.didtron.ui.invoicing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Billing terms in the portal: finance edits them from Invoices; customers get no such action. */
class BillingTermsViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired BillingSettingsService billing;

  @SuppressWarnings("unchecked")
  private void fill(Account a, BillingCycle cycle, String zone, String tax, int due) {
    ComboBox<Account> account = _get(ComboBox.class, spec -> spec.withLabel("Customer"));
    account.setValue(
        account
            .getListDataView()
            .getItems()
            .filter(x -> x.id().equals(a.id()))
            .findFirst()
            .orElseThrow());
    ((Select<BillingCycle>) _get(Select.class, spec -> spec.withLabel("Billing cycle")))
        .setValue(cycle);
    ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withLabel("Billing time zone")))
        .setValue(zone);
    _get(BigDecimalField.class, spec -> spec.withLabel("Tax rate (%)"))
        .setValue(new BigDecimal(tax));
    _get(IntegerField.class, spec -> spec.withLabel("Due days after issue")).setValue(due);
  }

  @Test
  void financeSetsAnAccountsBillingTermsFromTheInvoicesPage() {
    Account a = fixtures.account(admin(), Fixtures.unique("Terms"));
    signIn(fixtures.staffUser(admin(), Role.FINANCE));
    UI.getCurrent().navigate(InvoicesView.class);
    _click(_get(Button.class, spec -> spec.withText("Billing terms")));

    fill(a, BillingCycle.WEEKLY, "Europe/Berlin", "7.5", 7);
    _click(_get(Button.class, spec -> spec.withText("Save")));

    assertThat(billing.of(admin(), a.id()))
        .isEqualTo(
            new BillingTerms(
                BillingCycle.WEEKLY, ZoneId.of("Europe/Berlin"), new BigDecimal("7.5000"), 7));
  }

  @Test
  void termsOutOfRangeAreRefusedAndNothingIsSaved() {
    Account a = fixtures.account(admin(), Fixtures.unique("Terms"));
    signIn(fixtures.staffUser(admin(), Role.FINANCE));
    UI.getCurrent().navigate(InvoicesView.class);
    _click(_get(Button.class, spec -> spec.withText("Billing terms")));

    fill(a, BillingCycle.MONTHLY, "UTC", "5", 400);
    _click(_get(Button.class, spec -> spec.withText("Save")));

    assertThat(billing.of(admin(), a.id())).isEqualTo(BillingTerms.DEFAULT);
    assertThat(_find(Button.class, spec -> spec.withText("Save")))
        .as("the dialog stays open")
        .hasSize(1);
  }

  @Test
  void aCustomerHasNoBillingTermsAction() {
    Account a = fixtures.account(admin(), Fixtures.unique("Terms"));
    signIn(fixtures.portalUser(admin(), a, Role.CUSTOMER));
    UI.getCurrent().navigate(InvoicesView.class);
    assertThat(_find(Button.class, spec -> spec.withText("Billing terms"))).isEmpty();
  }
}
