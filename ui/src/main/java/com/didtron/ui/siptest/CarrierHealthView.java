package com.didtron.ui.siptest;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.siptest.CarrierHealthService;
import com.didtron.activities.siptest.CarrierStatus;
import com.didtron.activities.siptest.SipAlertService;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.SipTestAccess;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * Carrier health: every carrier with a SIP target, its latest OPTIONS probe, KPIs over its last 50
 * test calls, open alerts and penalty box. Testers set targets, alert channels and probe on demand.
 */
@Route(value = "sip-health", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.SIP_TESTER,
    title = "Carrier health",
    order = 20,
    icon = VaadinIcon.HEART)
@PageTitle("Carrier health · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class CarrierHealthView extends Div implements HasPageHeader {
  private final transient CarrierHealthService health;
  private final transient SipTargetService targets;
  private final transient SipAlertService alerts;
  private final transient AccountService accounts;
  private final Grid<CarrierStatus> grid = new Grid<>();

  public CarrierHealthView(
      CarrierHealthService health,
      SipTargetService targets,
      SipAlertService alerts,
      AccountService accounts) {
    this.health = health;
    this.targets = targets;
    this.alerts = alerts;
    this.accounts = accounts;
    configureGrid();
    Div hint =
        new Div(
            "Monitoring probes monitored carriers every 5 minutes; the figures cover each carrier's"
                + " last 50 test calls (campaigns and probes).");
    hint.addClassName("dt-banner");
    add(hint, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
    grid.addColumn(CarrierStatus::carrierName).setHeader("Carrier").setAutoWidth(true);
    grid.addColumn(CarrierStatus::address).setHeader("SIP target").setAutoWidth(true);
    grid.addColumn(
            s ->
                s.lastOptionsStatus() == null
                    ? "not probed"
                    : s.lastOptionsStatus()
                        + (s.lastOptionsRttMs() == null
                            ? ""
                            : " · " + s.lastOptionsRttMs() + " ms"))
        .setHeader("OPTIONS");
    grid.addColumn(s -> s.window().attempts()).setHeader("Calls");
    grid.addColumn(s -> Figures.percent(s.window().asrPercent())).setHeader("ASR");
    grid.addColumn(s -> Figures.ms(s.window().pddP95Ms())).setHeader("PDD p95");
    grid.addColumn(s -> Figures.mos(s.window().mos())).setHeader("MOS");
    grid.addColumn(s -> s.openAlerts().isEmpty() ? "–" : String.join(", ", s.openAlerts()))
        .setHeader("Open alerts");
    grid.addColumn(
            s -> s.penaltyBox() ? "PENALTY BOX" : s.monitored() ? "monitored" : "not monitored")
        .setHeader("Routing")
        .setAutoWidth(true);
    grid.addItemClickListener(
        e -> {
          if (SipTestAccess.isTester(UiActor.current())) {
            editTarget(e.getItem().carrierId());
          }
        });
  }

  void refresh() {
    grid.setItems(health.statuses(UiActor.current()));
  }

  private void editTarget(UUID carrierId) {
    var carriers =
        accounts
            .find(
                UiActor.current(),
                new AccountFilter(null, AccountKind.CARRIER, false),
                PageRequest.first(PageRequest.MAX_LIMIT))
            .rows();
    new SipTargetDialog(targets, carriers, carrierId, this::refresh).open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Carrier health", "SIP tester");
  }

  @Override
  public List<Component> headerActions() {
    if (!SipTestAccess.isTester(UiActor.current())) {
      return List.of();
    }
    Button probe =
        new Button(
            "Probe now",
            VaadinIcon.REFRESH.create(),
            e -> {
              alerts.monitorNow(UiActor.current());
              Toasts.success("Monitoring round started; results appear here in a few seconds");
            });
    Button channels =
        new Button(
            "Alert channels",
            VaadinIcon.BELL.create(),
            e -> new AlertSettingsDialog(alerts).open());
    Button add = new Button("Set SIP target", VaadinIcon.PLUS.create(), e -> editTarget(null));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(probe, channels, add);
  }
}
