package com.didtron.ui.ratedeck;

import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateCardVersion;
import com.didtron.rating.deck.LineError;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * The change report of an imported version: counts per flag, the flagged rows, the invalid rows.
 */
public class ImportReport extends Div {
  public ImportReport(RateCardService cards, RateCardVersion v) {
    addClassName("dt-stack");
    Div counts =
        new Div(
            new Card("New", Formats.count(v.newRows()), "prefixes without a price before"),
            new Card("Increase", Formats.count(v.increasedRows()), "higher than the current price"),
            new Card("Decrease", Formats.count(v.decreasedRows()), "lower than the current price"),
            new Card(
                "Unchanged", Formats.count(v.unchangedRows()), "same rate, fee and increments"),
            new Card(
                "Closed",
                Formats.count(v.closedRows()),
                v.mode().name().equals("REPLACE")
                    ? "missing from the file, end " + Formats.instant(v.closeAt())
                    : "only a Replace closes"),
            new Card(
                "Invalid rows", Formats.count(v.errorRows()), "left out, listed below by line"));
    counts.addClassName("dt-cards");
    add(counts, new H3("Changes"), new DeckBrowser(cards, v.id(), true));
    if (v.errorRows() > 0) {
      PagedGrid<LineError> errors =
          new PagedGrid<>(new Grid<>(), page -> cards.errors(UiActor.current(), v.id(), page));
      errors.grid().addColumn(LineError::line).setHeader("Line").setFlexGrow(0).setWidth("8em");
      errors.grid().addColumn(LineError::reason).setHeader("Problem").setFlexGrow(3);
      errors.refresh();
      add(new H3("Invalid rows"), errors);
    }
  }
}
