package com.didtron.ui.did;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidPattern;
import com.didtron.activities.did.InventoryFilter;
import com.didtron.activities.did.InventoryNumber;
import com.didtron.activities.input.InputLimits;
import com.didtron.domain.access.Actor;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The tenant's numbers with supplier, cost and state, filtered by country, type, state and pattern;
 * admins import CSV files (errors by line) and delete numbers nobody holds.
 */
@Route(value = "did-inventory", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "DID inventory",
    order = 70,
    icon = VaadinIcon.PHONE_LANDLINE)
@PageTitle("DID inventory · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class DidInventoryView extends Div implements HasPageHeader {
  static final int SHOWN = 500;

  private final transient DidInventory inventory;
  private final transient InputLimits limits;
  private final TextField country = new TextField();
  private final Select<NumberType> type = new Select<>();
  private final Select<DidState> state = new Select<>();
  private final TextField pattern = new TextField();
  private final Paragraph counts = new Paragraph();
  private final Grid<InventoryNumber> grid = new Grid<>();

  public DidInventoryView(DidInventory inventory, InputLimits limits) {
    this.inventory = inventory;
    this.limits = limits;
    Actor actor = UiActor.current();
    configureFilters();
    configureGrid(actor.isAdmin());
    Div bar = new Div(country, type, state, pattern);
    bar.addClassName("dt-toolbar");
    if (actor.isAdmin()) {
      bar.add(new Button("Import CSV", VaadinIcon.UPLOAD.create(), e -> openImport()));
    }
    add(counts, bar, grid);
    refresh();
  }

  private void configureFilters() {
    country.setPlaceholder("Country (DE)");
    country.setMaxLength(2);
    country.addClassName("dt-did-country");
    type.setItems(NumberType.values());
    type.setEmptySelectionAllowed(true);
    type.setEmptySelectionCaption("Any type");
    type.setAriaLabel("Type");
    state.setItems(DidState.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption("Any state");
    state.setAriaLabel("State");
    state.addClassName("dt-did-state");
    pattern.setPlaceholder("Number: 4930*, 49?0*, 555");
    pattern.addClassName("dt-did-pattern");
    for (TextField f : List.of(country, pattern)) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.addValueChangeListener(e -> refresh());
    }
    type.addValueChangeListener(e -> refresh());
    state.addValueChangeListener(e -> refresh());
  }

  private void configureGrid(boolean admin) {
    grid.addClassName("dt-did-grid");
    grid.addColumn(n -> "+" + n.number()).setHeader("Number").setAutoWidth(true);
    // fewer, narrower columns: the grid fits 1280 px without scrolling sideways
    grid.addColumn(n -> n.country() + " · " + n.area())
        .setHeader("Area")
        .setWidth("9em")
        .setTooltipGenerator(n -> n.country() + " · " + n.area());
    grid.addColumn(n -> n.type().name() + " · " + n.state().name())
        .setHeader("Type · state")
        .setWidth("10em");
    grid.addColumn(InventoryNumber::provider)
        .setHeader("Provider")
        .setWidth("8em")
        .setTooltipGenerator(InventoryNumber::provider);
    grid.addColumn(n -> Amounts.precise(n.monthlyCost(), CurrencyCode.of(n.currency())))
        .setHeader("Monthly cost")
        .setAutoWidth(true);
    grid.addColumn(n -> Amounts.precise(n.setupCost(), CurrencyCode.of(n.currency())))
        .setHeader("Setup cost")
        .setAutoWidth(true);
    grid.addColumn(InventoryNumber::channels).setHeader("Channels").setAutoWidth(true);
    if (admin) {
      grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true);
    }
  }

  private Button deleteButton(InventoryNumber n) {
    Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(n));
    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    delete.setAriaLabel("Delete +" + n.number());
    delete.setTooltipText("Delete +" + n.number());
    return delete;
  }

  private void openImport() {
    new DidImportDialog(inventory, limits, this::refresh).open();
  }

  private void delete(InventoryNumber n) {
    try {
      inventory.delete(UiActor.current(), n.id());
      Toasts.success("+" + n.number() + " deleted");
    } catch (IllegalArgumentException e) {
      Toasts.error(e.getMessage());
    }
    refresh();
  }

  void refresh() {
    Actor actor = UiActor.current();
    try {
      List<InventoryNumber> rows =
          inventory.list(
              actor,
              new InventoryFilter(
                  country.getValue(),
                  type.getValue(),
                  state.getValue(),
                  null,
                  DidPattern.parse(pattern.getValue()).orElse(null),
                  false,
                  null,
                  SHOWN));
      grid.setItems(rows);
      counts.setText(
          inventory.count(actor, DidState.AVAILABLE)
              + " available of "
              + inventory.count(actor, null)
              + " numbers; showing the first "
              + Math.min(rows.size(), SHOWN)
              + " that match, in number order.");
    } catch (IllegalArgumentException e) {
      pattern.setInvalid(true);
      pattern.setErrorMessage(e.getMessage());
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("DID inventory", "Administration");
  }
}
