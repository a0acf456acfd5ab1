package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.OwnRateFilter;
import com.didtron.activities.ratedeck.RateChange;
import com.didtron.activities.ratedeck.RateSheet;
import com.didtron.activities.ratedeck.RateVersionSummary;
import com.didtron.activities.ratedeck.RateWindow;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.PagedGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An owner's own rates (a customer's sell card or a carrier's buy card): current, upcoming or every
 * entry, searchable by prefix, destination and change, downloadable as CSV and XLSX with the search
 * applied, and the history of rate changes with a download per version. Rates print with their full
 * precision; dates are UTC.
 */
public class OwnRatesPanel extends Div {
  private final Source source;
  private final Select<RateWindow> window = new Select<>();
  private final TextField prefix = new TextField();
  private final TextField destination = new TextField();
  private final Select<RateChange> change = new Select<>();
  private final PagedGrid<OwnRate> grid;
  private final Grid<RateVersionSummary> history = new Grid<>();
  private final boolean showStatus;

  /** The filter the downloads use: kept up to date in the UI thread, read by download requests. */
  private volatile OwnRateFilter filter = OwnRateFilter.current();

  /** Where the rates come from, for the signed-in owner. */
  public interface Source extends Serializable {
    Page<OwnRate> entries(OwnRateFilter filter, PageRequest page);

    List<RateVersionSummary> history();

    String fileName(UUID versionId, OwnRateFilter filter, RateSheet format);

    void export(UUID versionId, OwnRateFilter filter, RateSheet format, OutputStream out);
  }

  /**
   * @param showStatus list each version's status (a carrier sees its uploads waiting for review)
   */
  public OwnRatesPanel(Source source, boolean showStatus) {
    this.source = source;
    this.showStatus = showStatus;
    this.grid = new PagedGrid<>(new Grid<>(), page -> source.entries(filter, page));
    grid.setId("own-rates");
    configureFilters();
    configureColumns();
    Div bar = new Div(window, prefix, destination, change);
    bar.addClassName("dt-toolbar");
    H3 changes = new H3("History of rate changes");
    Paragraph explain =
        new Paragraph(
            "Each version as it was published, with what it changed; download a version to see"
                + " all of its entries. Dates are UTC.");
    configureHistory();
    add(bar, grid, changes, explain, history);
    grid.refresh();
  }

  private void configureFilters() {
    window.setLabel("Show");
    window.setItems(RateWindow.values());
    window.setItemLabelGenerator(
        w ->
            switch (w) {
              case CURRENT -> "Current rates";
              case UPCOMING -> "Upcoming rates";
              case ALL -> "Every entry (with past ones)";
            });
    window.setValue(RateWindow.CURRENT);
    prefix.setLabel("Prefix");
    prefix.setPlaceholder("Prefix, e.g. 4420");
    prefix.setPrefixComponent(VaadinIcon.SEARCH.create());
    destination.setLabel("Destination");
    destination.setPlaceholder("Destination");
    for (TextField f : new TextField[] {prefix, destination}) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.setClearButtonVisible(true);
      f.addValueChangeListener(e -> refresh());
    }
    change.setLabel("Change");
    change.setItems(RateChange.values());
    change.setItemLabelGenerator(OwnRatesPanel::label);
    change.setEmptySelectionAllowed(true);
    change.setEmptySelectionCaption("Any change");
    window.addValueChangeListener(e -> refresh());
    change.addValueChangeListener(e -> refresh());
  }

  private void refresh() {
    filter =
        new OwnRateFilter(
            prefix.getValue(), destination.getValue(), window.getValue(), change.getValue());
    grid.refresh();
  }

  private void configureColumns() {
    Grid<OwnRate> g = grid.grid();
    g.addColumn(OwnRate::prefix).setHeader("Prefix").setAutoWidth(true);
    g.addColumn(OwnRate::destination).setHeader("Destination").setFlexGrow(2);
    g.addColumn(r -> Amounts.precise(r.rate())).setHeader("Rate/min").setAutoWidth(true);
    g.addComponentColumn(r -> badge(r.change())).setHeader("Change").setAutoWidth(true);
    g.addColumn(r -> Amounts.precise(r.previousRate())).setHeader("Was").setAutoWidth(true);
    g.addColumn(r -> Amounts.precise(r.connectFee())).setHeader("Connect fee");
    g.addColumn(r -> r.initialIncrement() + "/" + r.subsequentIncrement())
        .setHeader("Increments (s)")
        .setAutoWidth(true);
    g.addColumn(r -> Formats.instant(r.effectiveFrom()))
        .setHeader("Effective from")
        .setAutoWidth(true);
    g.addColumn(r -> Formats.instant(r.effectiveTo())).setHeader("Effective to").setAutoWidth(true);
  }

  private void configureHistory() {
    history.setId("rate-history");
    history.setAllRowsVisible(true);
    history.addColumn(v -> "v" + v.number()).setHeader("Version").setAutoWidth(true);
    if (showStatus) {
      history.addColumn(v -> status(v.status())).setHeader("Status").setAutoWidth(true);
      history.addColumn(v -> Formats.instant(v.receivedAt())).setHeader("Received");
    }
    history
        .addColumn(v -> Formats.instant(v.publishedAt()))
        .setHeader("Published")
        .setAutoWidth(true);
    history.addColumn(v -> Formats.instant(v.effectiveAt())).setHeader("Effective");
    history.addColumn(v -> Formats.count(v.newRows())).setHeader("New");
    history.addColumn(v -> Formats.count(v.increasedRows())).setHeader("Increased");
    history.addColumn(v -> Formats.count(v.decreasedRows())).setHeader("Decreased");
    history.addColumn(v -> Formats.count(v.removedRows())).setHeader("Removed");
    history
        .addComponentColumn(
            v -> {
              Div links =
                  new Div(
                      download(v.id(), RateSheet.CSV, "CSV", OwnRateFilter.of(RateWindow.ALL)),
                      new Span(" · "),
                      download(v.id(), RateSheet.XLSX, "XLSX", OwnRateFilter.of(RateWindow.ALL)));
              links.addClassName("dt-inline-links");
              return links;
            })
        .setHeader("Download")
        .setAutoWidth(true);
    history.setItems(source.history());
  }

  /** The page's download actions: the rates as searched, as CSV and XLSX. */
  public List<Component> downloads() {
    Anchor csv = download(null, RateSheet.CSV, "Download CSV", null);
    Anchor xlsx = download(null, RateSheet.XLSX, "Download XLSX", null);
    csv.setId("download-csv");
    xlsx.setId("download-xlsx");
    return List.of(csv, xlsx);
  }

  /** A download link; {@code fixed} null: the filter in force when it is clicked. */
  private Anchor download(UUID versionId, RateSheet format, String text, OwnRateFilter fixed) {
    DownloadHandler handler =
        event -> {
          OwnRateFilter f = fixed != null ? fixed : filter;
          event.setFileName(source.fileName(versionId, f, format));
          event.setContentType(format.contentType());
          source.export(versionId, f, format, event.getOutputStream());
        };
    Anchor a = new Anchor(handler, text);
    a.addClassName("dt-export");
    a.getElement().setAttribute("download", true);
    return a;
  }

  private static Span badge(RateChange c) {
    Span s = new Span(label(c));
    s.getElement().getThemeList().add("badge pill small");
    switch (c) {
      case INCREASE, REMOVED -> s.getElement().getThemeList().add("error");
      case DECREASE -> s.getElement().getThemeList().add("success");
      case NEW -> s.getElement().getThemeList().add("contrast");
      case UNCHANGED -> {}
    }
    return s;
  }

  static String label(RateChange c) {
    if (c == null) {
      return "Any change";
    }
    String n = c.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static String status(RateCardVersionStatus s) {
    return switch (s) {
      case DRAFT -> "In review";
      case ACTIVE -> "Active";
      case SUPERSEDED -> "Superseded";
      case DISCARDED -> "Not accepted";
    };
  }

  public PagedGrid<OwnRate> grid() {
    return grid;
  }

  public Grid<RateVersionSummary> history() {
    return history;
  }

  /** Reloads the history (after an upload). */
  public void reloadHistory() {
    history.setItems(source.history());
  }
}
