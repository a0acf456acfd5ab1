package com.didtron.ui.did;

import com.didtron.activities.did.DidProvider;
import com.didtron.activities.did.DidProvider.ProviderNumber;
import com.didtron.activities.did.DidProviderCatalog;
import com.didtron.activities.did.DidProviderCatalog.ProviderInfo;
import com.didtron.activities.did.InventoryImport;
import com.didtron.domain.access.Actor;
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
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The DID providers: the manual/CSV provider and the API providers (DIDWW when its key is set),
 * with how many inventory numbers each supplied. For an API provider staff search the numbers it
 * can sell now, and admins add the chosen ones to the inventory through the inventory import.
 */
@Route(value = "did-providers", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "DID providers",
    order = 69,
    icon = VaadinIcon.CLOUD_DOWNLOAD)
@PageTitle("DID providers · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class DidProvidersView extends Div implements HasPageHeader {
  private final transient DidProviderCatalog catalog;
  private final Grid<ProviderInfo> providers = new Grid<>();
  private final Select<String> provider = new Select<>();
  private final TextField country = new TextField();
  private final Select<NumberType> type = new Select<>();
  private final TextField area = new TextField();
  private final TextField contains = new TextField();
  private final Grid<ProviderNumber> found = new Grid<>();
  private final Paragraph summary = new Paragraph();
  private final Button add = new Button("Add selected to the inventory", e -> addSelected());

  public DidProvidersView(DidProviderCatalog catalog) {
    this.catalog = catalog;
    Actor actor = UiActor.current();
    providers.addClassName("dt-did-providers");
    providers.addColumn(ProviderInfo::code).setHeader("Provider").setAutoWidth(true);
    providers
        .addColumn(p -> p.enabled() ? "configured" : "not configured")
        .setHeader("Status")
        .setAutoWidth(true);
    providers
        .addColumn(p -> p.searchable() ? "API: search and order" : kind(p))
        .setHeader("Numbers from")
        .setFlexGrow(1);
    providers.addColumn(ProviderInfo::inventory).setHeader("In inventory").setAutoWidth(true);
    providers.setAllRowsVisible(true);
    List<ProviderInfo> all = catalog.providers(actor);
    providers.setItems(all);
    add(providers);

    List<String> searchable =
        all.stream().filter(ProviderInfo::searchable).map(ProviderInfo::code).toList();
    add(new H4("Search at a provider"));
    if (searchable.isEmpty()) {
      add(
          new Paragraph(
              "No API provider is configured: numbers come from CSV imports on the DID inventory"
                  + " page. Set didtron.didww.api-key to search and order at DIDWW."));
      return;
    }
    provider.setItems(searchable);
    provider.setValue(searchable.getFirst());
    provider.setAriaLabel("Provider");
    provider.addClassName("dt-provider");
    country.setPlaceholder("Country (DE)");
    country.setMaxLength(2);
    country.addClassName("dt-provider-country");
    type.setItems(NumberType.values());
    type.setValue(NumberType.GEOGRAPHIC);
    type.setAriaLabel("Type");
    type.addClassName("dt-provider-type");
    area.setPlaceholder("Area (Berlin)");
    area.addClassName("dt-provider-area");
    contains.setPlaceholder("Contains digits");
    contains.addClassName("dt-provider-contains");
    Button search = new Button("Search", VaadinIcon.SEARCH.create(), e -> search());
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClassName("dt-provider-search");
    Div bar = new Div(provider, country, type, area, contains, search);
    bar.addClassName("dt-toolbar");

    found.addClassName("dt-provider-numbers");
    found.setSelectionMode(Grid.SelectionMode.MULTI);
    found.addColumn(n -> "+" + n.number()).setHeader("Number").setAutoWidth(true);
    found.addColumn(ProviderNumber::country).setHeader("Country").setAutoWidth(true);
    found.addColumn(ProviderNumber::area).setHeader("Area").setAutoWidth(true);
    found.addColumn(n -> n.type().name()).setHeader("Type").setAutoWidth(true);
    found
        .addColumn(n -> Amounts.precise(n.monthlyCost(), CurrencyCode.of(n.currency())))
        .setHeader("Monthly cost")
        .setAutoWidth(true);
    found
        .addColumn(n -> Amounts.precise(n.setupCost(), CurrencyCode.of(n.currency())))
        .setHeader("Setup cost")
        .setAutoWidth(true);
    found.addColumn(ProviderNumber::channels).setHeader("Channels").setAutoWidth(true);
    summary.addClassName("dt-provider-summary");
    add.addClassName("dt-provider-add");
    add.setVisible(actor.isAdmin());
    add(bar, summary, found, add);
  }

  private static String kind(ProviderInfo p) {
    return p.enabled() ? "CSV imports (DID inventory page)" : "—";
  }

  void search() {
    try {
      List<ProviderNumber> numbers =
          catalog.search(
              UiActor.current(),
              provider.getValue(),
              new DidProvider.Query(
                  country.getValue(),
                  type.getValue(),
                  area.getValue(),
                  contains.getValue(),
                  DidProviderCatalog.MAX_SEARCH));
      found.setItems(numbers);
      summary.setText(
          numbers.isEmpty()
              ? "The provider has no such number now."
              : numbers.size() + " number(s) available at " + provider.getValue() + ".");
    } catch (IllegalArgumentException | IllegalStateException | DidProvider.Failure e) {
      found.setItems(List.of());
      summary.setText(e.getMessage());
      Toasts.error(e.getMessage());
    }
  }

  void addSelected() {
    List<ProviderNumber> chosen = new ArrayList<>(found.getSelectedItems());
    InventoryImport result = catalog.add(UiActor.current(), provider.getValue(), chosen);
    switch (result) {
      case InventoryImport.Imported i -> {
        summary.setText(i.numbers() + " number(s) added to the inventory");
        Toasts.success(summary.getText());
        found.deselectAll();
        providers.setItems(catalog.providers(UiActor.current()));
      }
      case InventoryImport.Refused r -> {
        String why =
            r.reason() + (r.errors().isEmpty() ? "" : ": " + r.errors().getFirst().reason());
        summary.setText(why);
        Toasts.error(why);
      }
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("DID providers", "Administration");
  }
}
