package com.didtron.ui.siptest;

import com.didtron.activities.siptest.Campaign;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.domain.siptest.SipTestAccess;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The SIP tester's campaigns, newest first; a click opens one with its live progress and results.
 */
@Route(value = "sip-tester", layout = MainLayout.class)
@MenuPage(module = MenuModule.SIP_TESTER, title = "Campaigns", order = 10, icon = VaadinIcon.PHONE)
@PageTitle("SIP tester · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class SipTesterView extends Div implements HasPageHeader {
  private final PagedGrid<Campaign> grid;

  public SipTesterView(SipCampaignService campaigns) {
    grid = new PagedGrid<>(new Grid<>(), page -> campaigns.campaigns(UiActor.current(), page));
    configureGrid();
    add(grid);
    grid.refresh();
  }

  private void configureGrid() {
    Grid<Campaign> g = grid.grid();
    g.addColumn(Campaign::name).setHeader("Campaign").setFlexGrow(2);
    g.addColumn(Campaign::status).setHeader("Status");
    g.addColumn(
            c ->
                c.destinations().size()
                    + " × "
                    + c.carrierIds().size()
                    + " × "
                    + c.callsPerPair()
                    + " = "
                    + c.callsPerRun())
        .setHeader("Destinations × carriers × calls");
    g.addColumn(
            c -> c.concurrency() + " / " + c.cps().stripTrailingZeros().toPlainString() + " cps")
        .setHeader("Concurrent / rate");
    g.addColumn(c -> c.cron() == null ? "once" : c.cron()).setHeader("Recurrence");
    g.addColumn(c -> Figures.time(c.createdAt())).setHeader("Created (UTC)");
    g.addItemClickListener(
        e -> UI.getCurrent().navigate(CampaignView.class, e.getItem().id().toString()));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Campaigns", "SIP tester");
  }

  @Override
  public List<Component> headerActions() {
    if (!SipTestAccess.isTester(UiActor.current())) {
      return List.of();
    }
    Button add =
        new Button(
            "New campaign",
            VaadinIcon.PLUS.create(),
            e -> UI.getCurrent().navigate(CampaignFormView.class));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(add);
  }
}
