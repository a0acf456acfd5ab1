package com.didtron.ui.portal;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.money.Money;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A customer's or carrier's own account, read-only: who it is, how it is billed (mode, cycle,
 * billing time zone, payment terms, tax, credit limit) and whom we write to. Changes go through the
 * operator; the page says so.
 */
@Route(value = "my-account", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My account", order = 20, icon = VaadinIcon.WALLET)
@PageTitle("My account · DIDTron")
@RolesAllowed({"CUSTOMER", "CARRIER"})
public class MyAccountView extends Div implements HasPageHeader {
  public MyAccountView(AccountService accounts, BillingSettingsService billing) {
    addClassName("dt-my-account");
    Actor actor = UiActor.current();
    Account a =
        accounts.get(actor, actor.ownAccount().orElseThrow(() -> new AccessDenied("No account")));
    add(new H3("Account"), account(a));
    if (a.kind().buysFromUs() && actor.has(Role.CUSTOMER)) {
      add(new H3("Billing"), billing(a, billing.of(actor, a.id())));
    }
    add(
        new H3("Contacts"),
        details(
            row("Billing email", a.email() == null ? "None on file" : a.email()),
            row("Signed in as", actor.name())),
        new Paragraph(
            "To change your billing terms, credit limit or contacts, write to your account"
                + " manager; changes are recorded and apply from the next invoice."));
  }

  private static Div account(Account a) {
    return details(
        row("Name", a.name()),
        row("Type", kind(a.kind())),
        row("Currency", a.currency().code() + " (your balance and invoices)"),
        row("Status", a.status().name().toLowerCase(Locale.ROOT)));
  }

  private static Div billing(Account a, BillingTerms t) {
    boolean postpaid = a.billingMode() == BillingMode.POSTPAID;
    return details(
        row(
            "Billing mode",
            postpaid
                ? "Postpaid: calls on credit, invoiced each period"
                : "Prepaid: calls from your funds; top up before they run out"),
        row(
            "Credit limit",
            postpaid ? Amounts.format(new Money(a.creditLimit(), a.currency())) : "None (prepaid)"),
        row("Billing cycle", cycle(t)),
        row("Payment terms", t.paymentTerms() + " — due " + t.dueDays() + " days after issue"),
        row("Billing time zone", zone(t.zone())),
        row("Tax rate", t.taxRate().stripTrailingZeros().toPlainString() + " %"));
  }

  private static String cycle(BillingTerms t) {
    return switch (t.cycle()) {
      case DAILY -> "Daily";
      case WEEKLY -> "Weekly (Monday to Sunday)";
      case SEMI_MONTHLY -> "Twice a month (1st–15th, 16th–end)";
      case MONTHLY -> "Monthly (calendar months)";
    };
  }

  private static String zone(ZoneId zone) {
    String name = zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return name.equals(zone.getId())
        ? zone.getId() + " — periods and due dates are cut here"
        : zone.getId() + " (" + name + ") — periods and due dates are cut here";
  }

  private static String kind(AccountKind kind) {
    return switch (kind) {
      case CUSTOMER -> "Customer";
      case CARRIER -> "Carrier";
      case BOTH -> "Customer and carrier";
    };
  }

  private static Div details(Div... rows) {
    Div d = new Div(rows);
    d.addClassName("dt-details");
    return d;
  }

  private static Div row(String label, String value) {
    Span l = new Span(label);
    l.addClassName("dt-details-label");
    Span v = new Span(value);
    v.addClassName("dt-details-value");
    Div d = new Div(l, v);
    d.addClassName("dt-details-row");
    return d;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My account", "Home");
  }
}
