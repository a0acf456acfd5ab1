package com.didtron.ui.portal;

import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.money.AmountFormat;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A customer's or carrier's own account, read-only. */
@Route(value = "my-account", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My account", order = 20, icon = VaadinIcon.WALLET)
@PageTitle("My account · DIDTron")
@RolesAllowed({"CUSTOMER", "CARRIER"})
public class MyAccountView extends Div implements HasPageHeader {
  public MyAccountView(AccountService accounts) {
    addClassName("dt-details");
    Actor actor = UiActor.current();
    Account a =
        accounts.get(actor, actor.ownAccount().orElseThrow(() -> new AccessDenied("No account")));
    add(
        row("Name", a.name()),
        row("Type", a.kind().name()),
        row("Currency", a.currency().code()),
        row("Billing", a.billingMode().name()),
        row("Credit limit", AmountFormat.of(a.creditLimit())),
        row("Status", a.status().name()),
        row("Email", a.email() == null ? "—" : a.email()));
  }

  private static Div row(String label, String value) {
    Span l = new Span(label);
    l.addClassName("dt-details-label");
    Div d = new Div(l, new Span(value));
    d.addClassName("dt-details-row");
    return d;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My account", "Home");
  }
}
