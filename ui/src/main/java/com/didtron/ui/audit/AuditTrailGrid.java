package com.didtron.ui.audit;

import com.didtron.activities.audit.AuditDiff;
import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.domain.audit.AuditEntry;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;

/**
 * Audit entries with the selected entry's before/after difference below the grid. Used by the audit
 * log page and by the History tab of every record.
 */
public class AuditTrailGrid extends Div {
  private final PagedGrid<AuditEntry> grid;
  private final Div diff = new Div();

  public AuditTrailGrid(AuditLog log, AuditQuery query) {
    this(log, () -> query);
  }

  public AuditTrailGrid(AuditLog log, Supplier<AuditQuery> query) {
    Grid<AuditEntry> g = new Grid<>();
    g.addColumn(e -> Times.dateTime(e.at())).setHeader("When").setAutoWidth(true);
    g.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
    g.addColumn(e -> e.action().name()).setHeader("Action");
    g.addColumn(AuditEntry::entityType).setHeader("Entity");
    g.addColumn(AuditEntry::entityId).setHeader("Id").setFlexGrow(2);
    g.addColumn(e -> e.workflowId() == null ? "" : e.workflowId()).setHeader("Workflow");
    g.asSingleSelect().addValueChangeListener(e -> showDiff(e.getValue()));
    grid = new PagedGrid<>(g, page -> log.find(UiActor.current(), query.get(), page));
    diff.addClassName("dt-diff");
    add(grid, diff);
    grid.refresh();
  }

  public void refresh() {
    grid.refresh();
    diff.removeAll();
  }

  private void showDiff(AuditEntry entry) {
    diff.removeAll();
    if (entry == null) {
      return;
    }
    Div head = new Div(new Span("Field"), new Span("Before"), new Span("After"));
    head.addClassNames("dt-diff-row", "dt-diff-head");
    diff.add(head);
    for (AuditDiff.FieldChange c : AuditDiff.between(entry.beforeJson(), entry.afterJson())) {
      Span before = new Span(c.before() == null ? "—" : c.before());
      before.addClassName("dt-diff-before");
      Span after = new Span(c.after() == null ? "—" : c.after());
      after.addClassName("dt-diff-after");
      Div row = new Div(new Span(c.field()), before, after);
      row.addClassName("dt-diff-row");
      diff.add(row);
    }
  }
}
