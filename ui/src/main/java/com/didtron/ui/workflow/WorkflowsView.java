package com.didtron.ui.workflow;

import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The workflow explorer: every run of the tenant's workflows from DIDTron's workflow index, by
 * type, business key, status and start time, a page at a time. Read-only.
 */
@Route(value = "workflows", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Workflows",
    order = 40,
    icon = VaadinIcon.SITEMAP)
@PageTitle("Workflows · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "AUDITOR"})
public class WorkflowsView extends Div implements HasPageHeader, BeforeEnterObserver {
  /** Query parameter that pre-fills the business key filter (record pages link with it). */
  public static final String QUERY = "q";

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  static final List<String> STATUSES =
      List.of(
          "RUNNING",
          "COMPLETED",
          "FAILED",
          "CANCELED",
          "TERMINATED",
          "CONTINUED_AS_NEW",
          "TIMED_OUT",
          "LOST");

  private final transient WorkflowIndex index;
  final ComboBox<String> type = new ComboBox<>("Type");
  final TextField text = new TextField("Business key or workflow id");
  final Select<String> status = new Select<>();
  final DatePicker from = new DatePicker("Started from");
  final DatePicker to = new DatePicker("Started until");
  final PagedGrid<WorkflowRun> runs;

  public WorkflowsView(WorkflowIndex index) {
    this.index = index;
    this.runs =
        new PagedGrid<>(new Grid<>(), page -> index.search(UiActor.current(), query(), page));
    configureFilters();
    configureGrid();
    add(filters(), runs);
  }

  private void configureFilters() {
    type.setItems(index.types(UiActor.current()));
    type.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setClearButtonVisible(true);
    status.setLabel("Status");
    status.setItems(STATUSES);
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any");
    type.addValueChangeListener(e -> runs.refresh());
    text.addValueChangeListener(e -> runs.refresh());
    status.addValueChangeListener(e -> runs.refresh());
    from.addValueChangeListener(e -> runs.refresh());
    to.addValueChangeListener(e -> runs.refresh());
  }

  private Component filters() {
    HorizontalLayout bar = new HorizontalLayout(type, text, status, from, to);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.addClassName("dt-filters");
    return bar;
  }

  private void configureGrid() {
    Grid<WorkflowRun> g = runs.grid();
    g.addComponentColumn(r -> new Anchor(RecordLinks.runUrl(r), r.workflowId()))
        .setHeader("Workflow")
        .setKey("workflow")
        .setFlexGrow(2);
    g.addColumn(WorkflowRun::workflowType).setHeader("Type").setKey("type");
    g.addColumn(WorkflowRun::businessKey)
        .setHeader("Business key")
        .setKey("businessKey")
        .setFlexGrow(2);
    g.addColumn(WorkflowRun::status).setHeader("Status").setKey("status");
    g.addColumn(r -> TIME.format(r.startedAt())).setHeader("Started (UTC)");
    g.addColumn(r -> r.closedAt() == null ? "" : TIME.format(r.closedAt()))
        .setHeader("Closed (UTC)");
    g.addComponentColumn(
            r ->
                RecordLinks.recordUrl(r)
                    .<Component>map(u -> new Anchor(u, "Record"))
                    .orElseGet(Span::new))
        .setHeader("")
        .setKey("record");
  }

  WorkflowIndex.Query query() {
    return new WorkflowIndex.Query(
        type.getValue(),
        text.getValue(),
        status.getValue(),
        start(from.getValue()),
        to.getValue() == null ? null : start(to.getValue().plusDays(1)));
  }

  private static Instant start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(QUERY)
        .ifPresentOrElse(text::setValue, runs::refresh);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Workflows", "Administration");
  }

  @Override
  public List<Component> headerActions() {
    return List.of();
  }
}
