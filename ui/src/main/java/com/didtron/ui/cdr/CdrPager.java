package com.didtron.ui.cdr;

import com.didtron.activities.cdr.CdrCursor;
import com.didtron.activities.cdr.CdrSlice;
import com.didtron.activities.cdr.CdrView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * The CDR grid paged by cursor: "Newest", "Newer" and "Older" read the page before or after the
 * rows shown by their key (start time, source, call id), never by offset, so the thousandth page of
 * ten million CDRs opens as fast as the first. The count of matches is shown by the view (it is
 * counted once per filter, not per page).
 */
class CdrPager extends Div {
  static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

  /** Reads one page: the rows after {@code after}, or before {@code before}, or the newest. */
  @FunctionalInterface
  interface Fetch {
    CdrSlice page(CdrCursor after, CdrCursor before, int limit);
  }

  private final Grid<CdrView> grid = new Grid<>();
  private final Fetch fetch;
  private final Select<Integer> pageSize = new Select<>();
  private final Span where = new Span();
  private final Button newest = navButton(VaadinIcon.ANGLE_DOUBLE_LEFT, "Newest CDRs");
  private final Button newer = navButton(VaadinIcon.ANGLE_LEFT, "Newer CDRs");
  private final Button older = navButton(VaadinIcon.ANGLE_RIGHT, "Older CDRs");
  private CdrSlice shown = new CdrSlice(List.of(), null, null);
  private long firstRow = 1;

  CdrPager(Fetch fetch) {
    this.fetch = fetch;
    addClassName("dt-paged-grid");
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
    pageSize.setItems(PAGE_SIZES);
    pageSize.setValue(25);
    pageSize.setAriaLabel("Rows per page");
    pageSize.setWidth("6em");
    pageSize.addValueChangeListener(e -> refresh());
    newest.addClickListener(e -> refresh());
    newer.addClickListener(e -> show(null, shown.previous(), -1));
    older.addClickListener(e -> show(shown.next(), null, +1));
    Div footer = new Div(new Span("Rows per page"), pageSize, where, newest, newer, older);
    footer.addClassName("dt-grid-footer");
    where.addClassName("dt-grid-range");
    add(grid, footer);
  }

  Grid<CdrView> grid() {
    return grid;
  }

  /** The newest page again, e.g. after a filter changed. */
  void refresh() {
    firstRow = 1;
    show(null, null, 0);
  }

  private void show(CdrCursor after, CdrCursor before, int direction) {
    int size = pageSize.getValue();
    CdrSlice page = fetch.page(after, before, size);
    if (direction < 0 && page.previous() == null) {
      // reached the newest rows: the first page, with its full size
      page = fetch.page(null, null, size);
      firstRow = 1;
    } else if (direction > 0) {
      firstRow += shown.rows().size();
    } else if (direction < 0) {
      firstRow = Math.max(1, firstRow - page.rows().size());
    }
    shown = page;
    grid.setItems(page.rows());
    where.setText(
        page.rows().isEmpty()
            ? "No CDRs"
            : "Rows " + String.format("%,d–%,d", firstRow, firstRow + page.rows().size() - 1));
    newest.setEnabled(page.previous() != null);
    newer.setEnabled(page.previous() != null);
    older.setEnabled(page.next() != null);
  }

  private static Button navButton(VaadinIcon icon, String label) {
    Button b = new Button(icon.create());
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    b.setAriaLabel(label);
    b.setTooltipText(label);
    return b;
  }
}
