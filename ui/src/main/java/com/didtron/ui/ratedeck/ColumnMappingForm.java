package com.didtron.ui.ratedeck;

import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.CsvPreview;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column-mapping step of the import wizard: the first rows of the uploaded file and, for every
 * canonical column, which file column holds it (pre-filled from the owner's saved mapping or a
 * guess from the header names).
 */
public class ColumnMappingForm extends Div {
  private static final String NONE = "";
  private final Map<String, Select<String>> choices = new LinkedHashMap<>();
  private final List<String> header;
  private final Span problems = new Span();

  public ColumnMappingForm(CsvPreview preview, ColumnMapping initial) {
    this.header = preview.header();
    addClassName("dt-stack");
    Div selects = new Div();
    selects.addClassName("dt-toolbar");
    List<String> options = new ArrayList<>();
    options.add(NONE);
    options.addAll(header);
    for (String target : ColumnMapping.TARGETS) {
      Select<String> select = new Select<>();
      select.setLabel(label(target));
      select.setItems(options);
      select.setItemLabelGenerator(o -> o.isEmpty() ? "—" : o);
      select.setValue(initial.asMap().getOrDefault(target, NONE));
      select.addValueChangeListener(e -> showProblems());
      choices.put(target, select);
      selects.add(select);
    }
    problems.addClassName("dt-form-problems");
    add(
        new Span("Which column of the file holds what? The first rows:"),
        previewGrid(preview),
        selects,
        problems);
    showProblems();
  }

  private static String label(String target) {
    return switch (target) {
      case ColumnMapping.INCREMENTS -> "increments (like 60/6)";
      default -> target.replace('_', ' ');
    };
  }

  private Grid<List<String>> previewGrid(CsvPreview preview) {
    Grid<List<String>> grid = new Grid<>();
    for (int i = 0; i < header.size(); i++) {
      int column = i;
      grid.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(header.get(i));
    }
    grid.setItems(preview.rows());
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
    return grid;
  }

  /** The chosen mapping, canonical when the file already has the canonical header. */
  public ColumnMapping mapping() {
    Map<String, String> chosen = new LinkedHashMap<>();
    choices.forEach((target, select) -> chosen.put(target, select.getValue()));
    return new ColumnMapping(chosen).simplifiedFor(header);
  }

  /** What keeps the chosen mapping from reading the file; empty when it can. */
  public List<String> problems() {
    Map<String, String> chosen = new LinkedHashMap<>();
    choices.forEach((target, select) -> chosen.put(target, select.getValue()));
    return new ColumnMapping(chosen).problems(header);
  }

  private void showProblems() {
    List<String> p = problems();
    problems.setText(p.isEmpty() ? "" : String.join("; ", p));
  }

  /** Chooses a file column for a target (as a user would). */
  public void choose(String target, String fileColumn) {
    choices.get(target).setValue(fileColumn);
  }
}
