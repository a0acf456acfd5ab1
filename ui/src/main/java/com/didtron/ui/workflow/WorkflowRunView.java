package com.didtron.ui.workflow;

import com.didtron.activities.workflowindex.WorkflowHistories;
import com.didtron.activities.workflowindex.WorkflowHistories.RunHistory;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.workflow.TimelineEntry;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * One workflow run as a readable timeline (activities with attempts and failures, signals with
 * their sender, timers), a link to the record it worked on, and its history as a JSON download.
 * Read-only; the history is read through {@link WorkflowHistories}, which checks the tenant.
 */
@Route(value = "workflows/:workflowId/:runId", layout = MainLayout.class)
@PageTitle("Workflow run · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "AUDITOR"})
public class WorkflowRunView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient WorkflowHistories histories;
  private final Grid<TimelineEntry> grid = new Grid<>();
  private List<TimelineEntry> timeline = List.of();
  private final PagedGrid<TimelineEntry> paged =
      new PagedGrid<>(
          grid,
          page ->
              new Page<>(
                  timeline.subList(
                      Math.min(page.offset(), timeline.size()),
                      Math.min(page.offset() + page.limit(), timeline.size())),
                  timeline.size()));
  private String workflowId = "";

  public WorkflowRunView(WorkflowHistories histories) {
    this.histories = histories;
    grid.addColumn(TimelineEntry::eventId).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(e -> WorkflowsView.TIME.format(e.at()))
        .setHeader("Time (UTC)")
        .setAutoWidth(true);
    grid.addColumn(e -> e.kind().name().toLowerCase(Locale.ROOT))
        .setHeader("Kind")
        .setAutoWidth(true);
    grid.addColumn(TimelineEntry::title).setHeader("Step").setKey("title").setFlexGrow(2);
    grid.addColumn(TimelineEntry::detail).setHeader("Details").setFlexGrow(3);
    grid.setPartNameGenerator(
        e -> e.kind() == TimelineEntry.Kind.FAILURE ? "dt-row-failure" : null);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    workflowId = event.getRouteParameters().get("workflowId").orElse("");
    String runId = event.getRouteParameters().get("runId").orElse("");
    removeAll();
    Actor actor = UiActor.current();
    try {
      RunHistory h = histories.history(actor, workflowId, runId);
      timeline = h.timeline();
      paged.refresh();
      add(summary(h.run()), links(h.run(), actor, runId), paged);
    } catch (AccessDenied e) {
      add(new Paragraph(e.getMessage()));
    } catch (NoSuchElementException e) {
      add(new Paragraph(e.getMessage()));
    }
  }

  private static Component summary(WorkflowRun r) {
    Paragraph p =
        new Paragraph(
            r.workflowType()
                + " · "
                + r.businessKey()
                + " · "
                + r.status()
                + " · started "
                + WorkflowsView.TIME.format(r.startedAt())
                + (r.closedAt() == null
                    ? ""
                    : " · closed " + WorkflowsView.TIME.format(r.closedAt()))
                + " · run "
                + r.runId());
    p.addClassName("dt-run-summary");
    return p;
  }

  private Component links(WorkflowRun run, Actor actor, String runId) {
    Anchor export =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes =
                      histories
                          .exportJson(actor, workflowId, runId)
                          .getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      workflowId + "-" + runId + ".json",
                      "application/json",
                      bytes.length);
                }),
            "Export JSON");
    export.getElement().setAttribute("download", true);
    Div links = new Div(export);
    RecordLinks.recordUrl(run).ifPresent(u -> links.add(new Anchor(u, "Open record")));
    links.add(
        new Anchor(
            RecordLinks.explorerUrl(run.businessKey()), "Other runs of " + run.businessKey()));
    links.addClassName("dt-actions-row");
    return links;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(workflowId, "Administration", "Workflows");
  }

  @Override
  public List<Component> headerActions() {
    return List.of();
  }

  @Override
  public Class<? extends Component> navParent() {
    return WorkflowsView.class;
  }
}
