package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.EntryFilter;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateEntryRow;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.rating.deck.ChangeFlag;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The entries of one deck version, searchable by prefix and destination, paged on the server; in
 * change-report mode only the rows the import flagged, filterable by flag.
 */
public class DeckBrowser extends Div {
  private final TextField prefix = new TextField();
  private final TextField destination = new TextField();
  private final Select<ChangeFlag> flag = new Select<>();
  private final PagedGrid<RateEntryRow> grid;
  private final boolean changesOnly;

  public DeckBrowser(RateCardService cards, UUID versionId, boolean changesOnly) {
    this(
        (filter, page) ->
            versionId == null
                ? new Page<>(List.of(), 0)
                : cards.entries(UiActor.current(), versionId, filter, page),
        changesOnly);
  }

  /** Where the entries come from: a filter and a page give a page of entries. */
  public interface Source extends Serializable {
    Page<RateEntryRow> entries(EntryFilter filter, PageRequest page);
  }

  public DeckBrowser(Source source, boolean changesOnly) {
    this.changesOnly = changesOnly;
    this.grid = new PagedGrid<>(new Grid<>(), page -> source.entries(filter(), page));
    configureFilters();
    configureColumns();
    Div bar = new Div(prefix, destination);
    if (changesOnly) {
      bar.add(flag);
    }
    bar.addClassName("dt-toolbar");
    add(bar, grid);
    grid.refresh();
  }

  private void configureFilters() {
    prefix.setPlaceholder("Prefix, e.g. 4420");
    prefix.setPrefixComponent(VaadinIcon.SEARCH.create());
    prefix.setAriaLabel("Prefix");
    destination.setPlaceholder("Destination");
    destination.setAriaLabel("Destination");
    for (TextField f : new TextField[] {prefix, destination}) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.setClearButtonVisible(true);
      f.addValueChangeListener(e -> grid.refresh());
    }
    flag.setItems(ChangeFlag.values());
    flag.setEmptySelectionAllowed(true);
    flag.setEmptySelectionCaption("Every change");
    flag.setAriaLabel("Change");
    flag.addValueChangeListener(e -> grid.refresh());
  }

  private void configureColumns() {
    Grid<RateEntryRow> g = grid.grid();
    g.addColumn(RateEntryRow::prefix).setHeader("Prefix");
    g.addColumn(RateEntryRow::destination).setHeader("Destination").setFlexGrow(2);
    g.addColumn(r -> Formats.decimal(r.rate())).setHeader("Rate/min");
    if (changesOnly) {
      g.addColumn(r -> r.flag() == null ? "" : r.flag().name()).setHeader("Change");
      g.addColumn(r -> Formats.decimal(r.previousRate())).setHeader("Was");
    }
    g.addColumn(r -> Formats.decimal(r.connectFee())).setHeader("Connect fee");
    g.addColumn(r -> r.initialIncrement() + "/" + r.subsequentIncrement()).setHeader("Increments");
    g.addColumn(r -> Formats.instant(r.effectiveFrom())).setHeader("From");
    g.addColumn(r -> Formats.instant(r.effectiveTo())).setHeader("To");
  }

  private EntryFilter filter() {
    return new EntryFilter(prefix.getValue(), destination.getValue(), changesOnly, flag.getValue());
  }

  public PagedGrid<RateEntryRow> grid() {
    return grid;
  }
}
