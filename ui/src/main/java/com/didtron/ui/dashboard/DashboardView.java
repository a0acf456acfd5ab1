package com.didtron.ui.dashboard;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

/** The first page after sign-in: key figures of the tenant (staff) or of the own account. */
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "Dashboard", order = 10, icon = VaadinIcon.DASHBOARD)
@PageTitle("Dashboard · DIDTron")
@PermitAll
public class DashboardView extends Div implements HasPageHeader {
  private final transient AccountService accounts;

  public DashboardView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("dt-dashboard");
    Actor actor = UiActor.current();
    Div cards = new Div();
    cards.addClassName("dt-cards");
    if (actor.isStaff()) {
      cards.add(
          new Card("Customers", count(actor, AccountKind.CUSTOMER), "accounts buying from you"),
          new Card("Carriers", count(actor, AccountKind.CARRIER), "accounts you buy from"),
          new Card("All accounts", count(actor, null), "live, in this tenant"));
    } else {
      accounts
          .find(actor, AccountFilter.live(), PageRequest.first(1))
          .rows()
          .forEach(
              a ->
                  cards.add(
                      new Card("Account", a.name(), a.kind() + " · " + a.currency()),
                      new Card(
                          "Billing",
                          a.billingMode().name(),
                          "credit limit " + AmountFormat.of(a.creditLimit())),
                      new Card("Status", a.status().name(), "")));
    }
    add(cards);
  }

  private String count(Actor actor, AccountKind kind) {
    return String.valueOf(
        accounts.find(actor, new AccountFilter(null, kind, false), PageRequest.first(1)).total());
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Dashboard", "Home");
  }
}
