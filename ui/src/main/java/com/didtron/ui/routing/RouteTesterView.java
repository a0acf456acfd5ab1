package com.didtron.ui.routing;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.routing.RouteOption;
import com.didtron.activities.routing.RouteTest;
import com.didtron.activities.routing.RouteTestService;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.Menu;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.fx.FxRatesView;
import com.didtron.ui.ratedeck.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The route tester: a customer, a dialled number and an instant give the carriers ranked by cost in
 * the base currency, and for each dropped carrier the route policy rule that dropped it.
 */
@Route(value = "routes/test", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.RATING,
    title = "Route tester",
    order = 20,
    icon = VaadinIcon.ROAD_BRANCHES)
@PageTitle("Route tester · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class RouteTesterView extends Div implements HasPageHeader {
  private final transient RouteTestService routes;
  private final ComboBox<Account> account = new ComboBox<>("Customer");
  private final TextField number = new TextField("Dialled number");
  private final DateTimePicker at = new DateTimePicker("At (UTC)");
  private final Select<RoutePolicy.Tier> tier = new Select<>();
  private final Checkbox allowLoss = new Checkbox("Allow loss (carriers above the sell rate)");
  private final Span sell = new Span();
  private final Grid<RouteOption> grid = new Grid<>();
  private final Span missing = new Span();
  private final Span rates = new Span();
  private final Span planRule = new Span();

  public RouteTesterView(RouteTestService routes, AccountService accounts, Clock clock) {
    this.routes = routes;
    account.setItemLabelGenerator(Account::name);
    account.setItems(
        q ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(q.getFilter().orElse(""), AccountKind.CUSTOMER, false),
                    new PageRequest(q.getOffset(), q.getLimit()))
                .rows()
                .stream());
    number.setPlaceholder("+442071234567");
    at.setValue(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0));
    tier.setLabel("Tier");
    tier.setItems(RoutePolicy.Tier.values());
    tier.setValue(RoutePolicy.Tier.STANDARD);
    Button test = new Button("Test route", VaadinIcon.ROAD_BRANCHES.create(), e -> test());
    test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    configureGrid();
    Div form = new Div(account, number, at, tier, allowLoss, test);
    form.addClassName("dt-toolbar");
    planRule.setId("plan-rule");
    add(form, sell, planRule, grid, missing, rates, fxNote());
  }

  /** Where the exchange rates come from, with a link to manage them for those who may. */
  private static Div fxNote() {
    Div note =
        new Div(
            new Span(
                "Carriers in other currencies are compared in the tenant's base currency"
                    + " with the FX rates of the instant's day (manual overrides win over the published daily rates). "));
    boolean mayOpen =
        Menu.visibleTo(UiActor.current()).stream()
            .flatMap(m -> m.items().stream())
            .anyMatch(i -> i.view().equals(FxRatesView.class));
    if (mayOpen) {
      note.add(new RouterLink("Manage FX rates", FxRatesView.class));
    }
    note.addClassName("dt-banner");
    return note;
  }

  private void configureGrid() {
    grid.addColumn(o -> o.allowed() ? String.valueOf(o.rank()) : "—")
        .setHeader("Rank")
        .setFlexGrow(0)
        .setWidth("6em");
    grid.addColumn(RouteOption::carrier).setHeader("Carrier").setFlexGrow(2);
    grid.addColumn(RouteOption::prefix).setHeader("Prefix");
    grid.addColumn(RouteOption::destination).setHeader("Destination");
    grid.addColumn(o -> Formats.decimal(o.rate()) + " " + o.currency()).setHeader("Rate/min");
    grid.addColumn(o -> Formats.decimal(o.baseRate().stripTrailingZeros()))
        .setHeader("Cost/min (base)");
    grid.addColumn(o -> o.initialIncrement() + "/" + o.subsequentIncrement())
        .setHeader("Increments");
    grid.addColumn(o -> Formats.decimal(o.connectFee())).setHeader("Connect fee");
    grid.addColumn(
            o ->
                o.health().asrPercent() == null
                    ? "unknown"
                    : o.health().asrPercent() + "% / " + o.health().pddP95Ms() + " ms")
        .setHeader("ASR / PDD p95");
    grid.addColumn(o -> o.allowed() ? "used" : "dropped: " + o.rule())
        .setHeader("Verdict")
        .setFlexGrow(3);
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
  }

  private void test() {
    if (account.getValue() == null || number.getValue().isBlank() || at.getValue() == null) {
      Toasts.error("Choose a customer, a number and an instant");
      return;
    }
    try {
      RouteTest r =
          routes.test(
              UiActor.current(),
              account.getValue().id(),
              number.getValue(),
              at.getValue().toInstant(ZoneOffset.UTC),
              tier.getValue(),
              allowLoss.getValue());
      show(r);
    } catch (IllegalArgumentException | AccessDenied e) {
      Toasts.error(e.getMessage());
    }
  }

  private void show(RouteTest r) {
    sell.setText(
        r.sellPrefix() == null
            ? account.getValue().name()
                + " has no sell rate for "
                + r.digits()
                + ": loss protection is off"
            : account.getValue().name()
                + " sells "
                + r.sellPrefix()
                + " ("
                + r.sellDestination()
                + ") at "
                + Formats.decimal(r.sellRate())
                + " "
                + r.sellCurrency()
                + "/min"
                + (r.sellBaseRate() == null
                    ? ""
                    : " = "
                        + Formats.decimal(r.sellBaseRate().stripTrailingZeros())
                        + " "
                        + r.baseCurrency()));
    planRule.setText(
        r.planPrefix() == null
            ? "The switch has no rule for this number"
            : "The switch uses rule "
                + r.planPrefix()
                + " → "
                + (r.planCarriers().isEmpty()
                    ? "no carrier (refused)"
                    : String.join(", ", r.planCarriers())));
    grid.setItems(r.options());
    StringBuilder text = new StringBuilder();
    if (!r.withoutRate().isEmpty()) {
      text.append("No rate for this number: ")
          .append(String.join(", ", r.withoutRate()))
          .append(". ");
    }
    if (!r.withoutFxRate().isEmpty()) {
      text.append("No exchange rate into ")
          .append(r.baseCurrency())
          .append(": ")
          .append(String.join(", ", r.withoutFxRate()))
          .append('.');
    }
    missing.setText(text.toString());
    rates.setText(
        r.fxRates().isEmpty()
            ? ""
            : "Exchange rates into "
                + r.baseCurrency()
                + " for "
                + r.fxDay()
                + ": "
                + r.fxRates().entrySet().stream()
                    .map(
                        e ->
                            "1 "
                                + e.getKey()
                                + " = "
                                + Formats.decimal(e.getValue().stripTrailingZeros())
                                + " "
                                + r.baseCurrency())
                    .collect(Collectors.joining(", "))
                + ".");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Route tester", "Rating");
  }
}
