package com.didtron.ui.base;

import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A grid over a server-side list, with the one footer every list in DIDTron shares: page size, page
 * navigation and the total count. Only the visible page is ever fetched, so lists stay fast on
 * millions of rows.
 */
public class PagedGrid<T> extends Div {
  public static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

  private final Grid<T> grid;
  private final Function<PageRequest, Page<T>> fetch;
  private final Select<Integer> pageSize = new Select<>();
  private final Span range = new Span();
  private final Span pageOf = new Span();
  private final Button first = navButton(VaadinIcon.ANGLE_DOUBLE_LEFT, "First page");
  private final Button previous = navButton(VaadinIcon.ANGLE_LEFT, "Previous page");
  private final Button next = navButton(VaadinIcon.ANGLE_RIGHT, "Next page");
  private final Button last = navButton(VaadinIcon.ANGLE_DOUBLE_RIGHT, "Last page");
  private int page;
  private long total;

  public PagedGrid(Grid<T> grid, Function<PageRequest, Page<T>> fetch) {
    this.grid = grid;
    this.fetch = fetch;
    addClassName("dt-paged-grid");
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
    add(grid, footer());
  }

  public Grid<T> grid() {
    return grid;
  }

  /** Fetches the first page again, e.g. after a filter changed. */
  public void refresh() {
    showPage(0);
  }

  /** Fetches the current page again, e.g. after a row was edited. */
  public void reload() {
    showPage(page);
  }

  public long total() {
    return total;
  }

  private Div footer() {
    pageSize.setItems(PAGE_SIZES);
    pageSize.setValue(25);
    pageSize.setAriaLabel("Rows per page");
    pageSize.setWidth("6em");
    pageSize.addValueChangeListener(e -> refresh());
    first.addClickListener(e -> showPage(0));
    previous.addClickListener(e -> showPage(page - 1));
    next.addClickListener(e -> showPage(page + 1));
    last.addClickListener(e -> showPage(lastPage()));
    Div footer =
        new Div(new Span("Rows per page"), pageSize, range, first, previous, pageOf, next, last);
    footer.addClassName("dt-grid-footer");
    range.addClassName("dt-grid-range");
    return footer;
  }

  private void showPage(int requested) {
    int size = pageSize.getValue();
    int target = Math.max(0, requested);
    Page<T> result = fetch.apply(new PageRequest(target * size, size));
    if (result.rows().isEmpty() && target > 0 && result.total() > 0) {
      target = (int) ((result.total() - 1) / size);
      result = fetch.apply(new PageRequest(target * size, size));
    }
    page = target;
    total = result.total();
    grid.setItems(result.rows());
    updateFooter(size, result.rows().size());
  }

  private void updateFooter(int size, int shown) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
    long from = total == 0 ? 0 : (long) page * size + 1;
    range.setText(
        n.format(from) + "–" + n.format((long) page * size + shown) + " of " + n.format(total));
    pageOf.setText("Page " + n.format(page + 1L) + " of " + n.format(lastPage() + 1L));
    first.setEnabled(page > 0);
    previous.setEnabled(page > 0);
    next.setEnabled(page < lastPage());
    last.setEnabled(page < lastPage());
  }

  private int lastPage() {
    int size = pageSize.getValue();
    return total == 0 ? 0 : (int) ((total - 1) / size);
  }

  private static Button navButton(VaadinIcon icon, String label) {
    Button b = new Button(icon.create());
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    b.setAriaLabel(label);
    b.setTooltipText(label);
    return b;
  }
}
