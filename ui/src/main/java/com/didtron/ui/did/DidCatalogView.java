package com.didtron.ui.did;

import com.didtron.activities.did.DidCountries;
import com.didtron.activities.did.DidCountry;
import com.didtron.activities.did.DidPrice;
import com.didtron.activities.did.DidPrices;
import com.didtron.domain.access.Actor;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * DID countries with what customers must prove per number type, and the tenant's DID price list
 * (admins and analysts add prices). Super admins add countries and replace their requirement lists
 * here (choosing a country loads it into the form) or over the API.
 */
@Route(value = "did-catalog", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "DID countries and prices",
    order = 71,
    icon = VaadinIcon.GLOBE)
@PageTitle("DID countries and prices · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class DidCatalogView extends Div implements HasPageHeader {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final transient DidCountries countries;
  private final transient DidPrices prices;
  private final Grid<DidCountry> countryGrid = new Grid<>();
  private final Grid<DidPrice> priceGrid = new Grid<>();

  public DidCatalogView(DidCountries countries, DidPrices prices) {
    this.countries = countries;
    this.prices = prices;
    Actor actor = UiActor.current();
    configureCountries();
    configurePrices();
    add(new H3("Price list"));
    if (actor.isAdmin() || actor.has(Role.ANALYST)) {
      add(new DidPriceForm(prices, this::refresh));
    }
    add(priceGrid, new H3("Countries and requirements"));
    if (actor.has(Role.SUPER_ADMIN)) {
      DidCountryForm countryForm = new DidCountryForm(countries, this::refresh);
      countryGrid
          .asSingleSelect()
          .addValueChangeListener(
              e -> {
                if (e.getValue() != null) {
                  countryForm.edit(e.getValue());
                }
              });
      add(countryForm);
    }
    add(countryGrid);
    refresh();
  }

  private void configureCountries() {
    countryGrid.addClassName("dt-did-countries");
    countryGrid.addColumn(DidCountry::code).setHeader("Code").setAutoWidth(true);
    countryGrid.addColumn(DidCountry::name).setHeader("Country").setAutoWidth(true);
    countryGrid.addColumn(c -> "+" + c.dialCode()).setHeader("Dial").setAutoWidth(true);
    countryGrid
        .addColumn(
            c ->
                c.requirements().stream()
                    .map(DidCatalogView::describe)
                    .collect(Collectors.joining("; ")))
        .setHeader("Requirements")
        .setFlexGrow(1);
  }

  static String describe(DidRequirement r) {
    return r.type()
        + ": "
        + r.document()
        + (r.maxAgeDays() == null ? "" : " (at most " + r.maxAgeDays() + " days old)");
  }

  private void configurePrices() {
    priceGrid.addClassName("dt-did-prices");
    priceGrid.addColumn(DidPrice::country).setHeader("Country").setAutoWidth(true);
    priceGrid.addColumn(p -> p.type().name()).setHeader("Type").setAutoWidth(true);
    priceGrid.addColumn(p -> p.area().isEmpty() ? "all" : p.area()).setHeader("Area");
    priceGrid.addColumn(p -> Amounts.precise(p.monthlyPrice())).setHeader("Monthly");
    priceGrid.addColumn(p -> Amounts.precise(p.setupPrice())).setHeader("Setup");
    priceGrid.addColumn(p -> Amounts.precise(p.inboundPerMinute())).setHeader("Inbound/min");
    priceGrid.addColumn(DidPrice::currency).setHeader("Currency");
    priceGrid.addColumn(p -> TIME.format(p.effectiveFrom())).setHeader("From (UTC)");
  }

  void refresh() {
    Actor actor = UiActor.current();
    priceGrid.setItems(prices.list(actor, null));
    countryGrid.setItems(countries.list(actor));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("DID countries and prices", "Administration");
  }
}
