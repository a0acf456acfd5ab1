package com.didtron.ui.invoicing;

import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.settlement.Documents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's billing terms for super admins and finance: cycle, billing time zone, tax rate and
 * due days (payment terms such as 30/15). A refusal is shown as a notification; nothing is saved.
 */
class BillingTermsDialog extends Dialog {
  final ComboBox<Account> account = new ComboBox<>("Customer");
  final Select<BillingCycle> cycle = new Select<>();
  final ComboBox<String> zone = new ComboBox<>("Billing time zone");
  final BigDecimalField taxRate = new BigDecimalField("Tax rate (%)");
  final IntegerField dueDays = new IntegerField("Due days after issue");
  private final Paragraph blocked = new Paragraph();
  private final transient BillingSettingsService billing;

  BillingTermsDialog(BillingSettingsService billing, List<Account> customers) {
    this.billing = billing;
    setHeaderTitle("Billing terms");
    account.setItems(customers);
    account.setItemLabelGenerator(Account::name);
    account.addValueChangeListener(e -> load(e.getValue()));
    cycle.setLabel("Billing cycle");
    cycle.setItems(BillingCycle.values());
    zone.setItems(zones());
    add(
        new Div(account),
        new Div(cycle),
        new Div(zone),
        new Div(taxRate),
        new Div(dueDays),
        blocked);
    Button save = new Button("Save", e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private void load(Account a) {
    if (a == null) {
      return;
    }
    BillingTerms t = billing.of(UiActor.current(), a.id());
    cycle.setValue(t.cycle());
    zone.setValue(t.zone().getId());
    taxRate.setValue(t.taxRate());
    dueDays.setValue(t.dueDays());
    List<String> blockedFor = billing.blockedFor(UiActor.current(), a.id());
    blocked.setText(
        blockedFor.isEmpty()
            ? "Payment terms " + t.paymentTerms()
            : "New calls blocked: overdue " + String.join(", ", blockedFor));
  }

  void save() {
    if (account.getValue() == null) {
      Documents.attempt(
          () -> {
            throw new IllegalArgumentException("Pick a customer");
          },
          null);
      return;
    }
    if (Documents.attempt(
        () ->
            billing.update(
                UiActor.current(),
                account.getValue().id(),
                new BillingTerms(
                    cycle.getValue(),
                    BillingTerms.zone(zone.getValue()),
                    taxRate.getValue(),
                    dueDays.getValue() == null ? -1 : dueDays.getValue())),
        "Billing terms of " + account.getValue().name() + " saved")) {
      close();
    }
  }

  private static List<String> zones() {
    List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
    ids.add("UTC");
    return ids.stream().distinct().sorted().toList();
  }
}
