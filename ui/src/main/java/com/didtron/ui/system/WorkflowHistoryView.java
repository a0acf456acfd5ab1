package com.didtron.ui.system;

import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.activities.workflowindex.WorkflowStatusReader.HistoryLine;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.domain.page.Page;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The event history of one workflow run, straight from Temporal. */
@Route(value = "workflows/:workflowId/:runId", layout = MainLayout.class)
@PageTitle("Workflow history · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "AUDITOR"})
public class WorkflowHistoryView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient WorkflowStatusReader reader;
  private final Grid<HistoryLine> grid = new Grid<>();
  private List<HistoryLine> events = List.of();
  private final PagedGrid<HistoryLine> paged = new PagedGrid<>(grid, page -> new Page<>(
      events.subList(Math.min(page.offset(), events.size()),
          Math.min(page.offset() + page.limit(), events.size())), events.size()));
  private String workflowId = "";

  public WorkflowHistoryView(WorkflowStatusReader reader) {
    this.reader = reader;
    grid.addColumn(HistoryLine::eventId).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(l -> SystemView.TIME.format(l.at())).setHeader("Time (UTC)").setAutoWidth(true);
    grid.addColumn(HistoryLine::eventType).setHeader("Event").setAutoWidth(true);
    grid.addColumn(HistoryLine::details).setHeader("Details").setFlexGrow(3);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    AccessPolicy.requireAuditReader(UiActor.current());
    workflowId = event.getRouteParameters().get("workflowId").orElse("");
    String runId = event.getRouteParameters().get("runId").orElse("");
    removeAll();
    try {
      events = reader.history(workflowId, runId);
      paged.refresh();
      add(new Paragraph("Run " + runId), paged);
    } catch (RuntimeException e) {
      add(new Paragraph("Temporal no longer has the history of this run (an embedded Temporal "
          + "server keeps histories only while the platform runs)."));
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(workflowId, "Administration", "System");
  }

  @Override
  public List<Component> headerActions() {
    return List.of();
  }

  @Override
  public Class<? extends Component> navParent() {
    return SystemView.class;
  }
}
