package com.didtron.ui.system;

import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.system.PlatformStatus;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.retention.RetentionPolicy;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** PostgreSQL and Temporal status, recent workflows with their histories, retention periods. */
@Route(value = "system", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "System",
    order = 30,
    icon = VaadinIcon.SERVER)
@PageTitle("System · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "AUDITOR"})
public class SystemView extends Div implements HasPageHeader {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final transient RetentionService retention;
  private final PagedGrid<WorkflowRun> workflows;

  public SystemView(PlatformStatus status, WorkflowIndex index, RetentionService retention) {
    this.retention = retention;
    Div parts =
        new Div(part(status.database(UiActor.current())), part(status.temporal(UiActor.current())));
    parts.addClassName("dt-cards");
    Grid<WorkflowRun> g = new Grid<>();
    g.addComponentColumn(SystemView::historyLink).setHeader("Workflow").setFlexGrow(2);
    g.addColumn(WorkflowRun::workflowType).setHeader("Type");
    g.addColumn(WorkflowRun::businessKey).setHeader("Business key");
    g.addColumn(WorkflowRun::status).setHeader("Status");
    g.addColumn(r -> TIME.format(r.startedAt())).setHeader("Started (UTC)");
    g.addColumn(r -> r.closedAt() == null ? "" : TIME.format(r.closedAt()))
        .setHeader("Closed (UTC)");
    workflows = new PagedGrid<>(g, page -> index.recent(UiActor.current(), null, page));
    workflows.refresh();
    TabSheet tabs = new TabSheet();
    tabs.addClassName("dt-content-tabs");
    tabs.add("Recent workflows", workflows);
    tabs.add("Retention", retentionTable());
    add(parts, tabs);
  }

  private static Component part(PlatformStatus.Part p) {
    return new Card(p.name(), p.up() ? "UP" : "DOWN", p.detail()).status(p.up());
  }

  static Anchor historyLink(WorkflowRun run) {
    return new Anchor(RecordLinks.runUrl(run), run.workflowId());
  }

  private Component retentionTable() {
    Grid<RetentionPolicy> g = new Grid<>();
    g.addColumn(RetentionPolicy::entityType).setHeader("Entity type");
    g.addColumn(RetentionPolicy::retentionDays).setHeader("Kept after soft delete (days)");
    g.setItems(retention.policies(UiActor.current()));
    g.setAllRowsVisible(true);
    Button run =
        new Button(
            "Run retention purge now",
            VaadinIcon.PLAY.create(),
            e -> {
              WorkflowRun started = retention.purgeNow(UiActor.current());
              Toasts.success("Started " + started.workflowId());
              workflows.refresh();
            });
    run.setVisible(UiActor.current().has(Role.SUPER_ADMIN));
    Div box = new Div(g, run);
    box.addClassName("dt-stack");
    return box;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("System", "Administration");
  }

  @Override
  public List<Component> headerActions() {
    return List.of();
  }
}
