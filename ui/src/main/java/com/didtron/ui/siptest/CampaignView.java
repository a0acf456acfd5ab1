package com.didtron.ui.siptest;

import com.didtron.activities.siptest.Campaign;
import com.didtron.activities.siptest.CampaignRun;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.activities.siptest.TestCall;
import com.didtron.domain.page.Page;
import com.didtron.domain.siptest.SipTestAccess;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * One campaign: live progress of its run (the page polls every 2 s while it runs), the carriers
 * side by side, every call, and ASR and PDD over time. A recurring campaign lists its runs to
 * choose from.
 */
@Route(value = "sip-tester/campaign", layout = MainLayout.class)
@PageTitle("Campaign · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class CampaignView extends Div implements HasPageHeader, HasUrlParameter<String> {
  static final int POLL_MS = 2000;

  private final transient SipCampaignService campaigns;
  private final Div cards = new Div();
  private final ProgressBar progress = new ProgressBar(0, 1);
  private final Select<CampaignRun> runs = new Select<>();
  private final CarrierComparisonGrid comparison = new CarrierComparisonGrid();
  private final PagedGrid<TestCall> calls;
  private final Div charts = new Div();
  private final Div workflowLink = new Div();
  private final Button stop = new Button("Stop campaign", VaadinIcon.STOP.create(), e -> stop());
  private Campaign campaign;
  private Registration polling;

  public CampaignView(SipCampaignService campaigns) {
    this.campaigns = campaigns;
    this.calls =
        new PagedGrid<>(
            new Grid<>(),
            page ->
                runs.getValue() == null
                    ? new Page<>(List.of(), 0)
                    : campaigns.calls(UiActor.current(), runs.getValue().id(), page));
    CallColumns.configure(calls.grid());
    cards.addClassName("dt-cards");
    charts.addClassName("dt-charts");
    progress.addClassName("dt-progress");
    stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
    runs.setLabel("Run");
    runs.setItemLabelGenerator(r -> Figures.time(r.startedAt()) + " · " + r.status());
    runs.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            showRun();
          }
        });
    TabSheet tabs = new TabSheet();
    tabs.add("Carriers side by side", comparison);
    tabs.add("Calls", calls);
    tabs.add("Charts", charts);
    add(cards, progress, runs, workflowLink, tabs);
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    campaign = campaigns.get(UiActor.current(), UUID.fromString(parameter));
    workflowLink.removeAll();
    workflowLink.add(RecordLinks.runsOf(campaign.workflowId(), "Workflow runs"));
    refresh();
  }

  /** Reloads the campaign and its runs, keeping the chosen run (or the newest). */
  void refresh() {
    campaign = campaigns.get(UiActor.current(), campaign.id());
    List<CampaignRun> all = campaigns.runs(UiActor.current(), campaign.id());
    UUID chosen = runs.getValue() == null ? null : runs.getValue().id();
    runs.setItems(all);
    runs.setVisible(all.size() > 1);
    all.stream()
        .filter(r -> r.id().equals(chosen))
        .findFirst()
        .or(() -> all.stream().findFirst())
        .ifPresent(runs::setValue);
    stop.setVisible(campaign.status().isRunning() && SipTestAccess.isTester(UiActor.current()));
    showRun();
  }

  private void showRun() {
    CampaignRun run = runs.getValue();
    cards.removeAll();
    cards.add(
        new Card(
            "Status",
            campaign.status().name(),
            campaign.recurring() ? "repeats " + campaign.cron() : "runs once"));
    if (run == null) {
      cards.add(
          new Card(
              "Progress",
              "–",
              campaign.recurring()
                  ? "the first run starts at the next scheduled time"
                  : "starting"));
      progress.setValue(0);
      comparison.setItems(List.of());
    } else {
      cards.add(
          new Card("Progress", run.placed() + " / " + run.planned(), "calls placed in this run"),
          new Card(
              "Answered",
              String.valueOf(run.answered()),
              run.placed() == 0
                  ? ""
                  : Figures.percent(100.0 * run.answered() / run.placed()) + " ASR"),
          new Card(
              "Run started",
              Figures.clock(run.startedAt()),
              Figures.day(run.startedAt())
                  + (run.finishedAt() == null
                      ? " · running"
                      : " · finished " + Figures.clock(run.finishedAt()))));
      progress.setValue(run.progress());
      comparison.setItems(campaigns.comparison(UiActor.current(), run.id()));
    }
    calls.refresh();
    charts.removeAll();
    charts.add(CampaignCharts.of(campaigns.series(UiActor.current(), campaign.id())));
  }

  private void stop() {
    campaign = campaigns.stop(UiActor.current(), campaign.id());
    Toasts.success(campaign.name() + " stopped");
    refresh();
  }

  private boolean running() {
    return campaign != null && campaign.status().isRunning();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().setPollInterval(POLL_MS);
    polling =
        event
            .getUI()
            .addPollListener(
                e -> {
                  boolean wasRunning =
                      running() || runs.getValue() != null && runs.getValue().finishedAt() == null;
                  if (wasRunning) {
                    refresh();
                  }
                });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(campaign == null ? "Campaign" : campaign.name(), "SIP tester", "Campaigns");
  }

  @Override
  public List<Component> headerActions() {
    return List.of(stop);
  }

  @Override
  public Class<? extends Component> navParent() {
    return SipTesterView.class;
  }
}
