package com.didtron.ui.siptest;

import com.didtron.activities.siptest.SipAlert;
import com.didtron.activities.siptest.SipAlertService;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Carrier quality alerts, newest first: what raised them, when, and what cleared them. */
@Route(value = "sip-alerts", layout = MainLayout.class)
@MenuPage(module = MenuModule.SIP_TESTER, title = "Alerts", order = 30, icon = VaadinIcon.BELL)
@PageTitle("SIP alerts · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class SipAlertsView extends Div implements HasPageHeader {
  private final Checkbox openOnly = new Checkbox("Open alerts only");
  private final PagedGrid<SipAlert> grid;

  public SipAlertsView(SipAlertService alerts) {
    grid =
        new PagedGrid<>(
            new Grid<>(), page -> alerts.alerts(UiActor.current(), openOnly.getValue(), page));
    configureGrid();
    openOnly.addValueChangeListener(e -> grid.refresh());
    Div toolbar = new Div(openOnly);
    toolbar.addClassName("dt-toolbar");
    add(toolbar, grid);
    grid.refresh();
  }

  private void configureGrid() {
    Grid<SipAlert> g = grid.grid();
    g.addColumn(a -> Figures.time(a.raisedAt())).setHeader("Raised (UTC)").setAutoWidth(true);
    g.addColumn(SipAlert::carrierName).setHeader("Carrier").setFlexGrow(2);
    g.addColumn(SipAlert::kind).setHeader("Alert");
    g.addColumn(SipAlert::severity).setHeader("Severity");
    g.addColumn(SipAlert::status).setHeader("Status");
    g.addColumn(SipAlert::rule).setHeader("Rule").setFlexGrow(3);
    g.addColumn(a -> a.value().stripTrailingZeros().toPlainString()).setHeader("Value");
    g.addColumn(a -> a.penaltyBox() ? "yes" : "no").setHeader("Penalty box");
    g.addColumn(
            a ->
                a.clearedAt() == null ? "–" : Figures.time(a.clearedAt()) + " · " + a.clearedRule())
        .setHeader("Cleared")
        .setFlexGrow(2);
    g.setPartNameGenerator(a -> a.open() ? "dt-alert-open" : null);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Alerts", "SIP tester");
  }
}
