package com.didtron.ui.dashboard;

import com.didtron.activities.home.HomeService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;
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

/**
 * The first page after sign-in, per role: a customer's balance, call standing, spend and last
 * invoice; a carrier's money both ways, statement, netting and traffic; staff's counters for the
 * tenant (see {@link HomeService}).
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "Dashboard", order = 10, icon = VaadinIcon.DASHBOARD)
@PageTitle("Dashboard · DIDTron")
@PermitAll
public class DashboardView extends Div implements HasPageHeader {
  public DashboardView(HomeService home) {
    addClassNames("dt-dashboard", "dt-home");
    Actor actor = UiActor.current();
    if (actor.isStaff()) {
      add(new StaffHomePanel(home.staff(actor)));
      return;
    }
    if (actor.has(Role.CUSTOMER)) {
      add(new CustomerHomePanel(home.customer(actor), home.lowThreshold()));
    }
    if (actor.has(Role.CARRIER)) {
      add(new CarrierHomePanel(home.carrier(actor)));
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Dashboard", "Home");
  }
}
