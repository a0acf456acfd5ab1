package com.didtron.ui.routing;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.routing.RoutePlanVersion;
import com.didtron.activities.routing.RouteTest;
import com.didtron.activities.routing.RouteTestService;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.rating.plan.PlanRoute;
import com.didtron.rating.plan.PlanRule;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.ratedeck.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A customer's compiled routing plan for a tier, as the switch receives it: each prefix rule with
 * its carriers in the switch's order, the plan's fingerprint next to the stored version's, and a
 * number field that shows which rule the switch uses for it.
 */
@Route(value = "routes/compiled", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.RATING,
    title = "Compiled routes",
    order = 25,
    icon = VaadinIcon.ROAD_SPLIT)
@PageTitle("Compiled routes · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "ANALYST"})
public class CompiledRoutesView extends Div implements HasPageHeader {
  private final transient RoutePlanService plans;
  private final transient RouteTestService routes;
  private final transient Clock clock;
  private final ComboBox<Account> customer = new ComboBox<>("Customer");
  private final Select<RoutePolicy.Tier> tier = new Select<>();
  private final Span summary = new Span();
  private final TextField number = new TextField("Test a number");
  private final Span rule = new Span();
  private final PagedGrid<PlanRule> grid;

  public CompiledRoutesView(
      RoutePlanService plans, RouteTestService routes, AccountService accounts, Clock clock) {
    this.plans = plans;
    this.routes = routes;
    this.clock = clock;
    customer.setItemLabelGenerator(Account::name);
    customer.setItems(
        q ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(q.getFilter().orElse(""), AccountKind.CUSTOMER, false),
                    new PageRequest(q.getOffset(), q.getLimit()))
                .rows()
                .stream());
    tier.setLabel("Tier");
    tier.setItems(RoutePolicy.Tier.values());
    tier.setValue(RoutePolicy.Tier.STANDARD);
    grid = new PagedGrid<>(new Grid<>(), this::page);
    configureGrid(grid.grid());
    customer.addValueChangeListener(e -> grid.refresh());
    tier.addValueChangeListener(e -> grid.refresh());
    number.setPlaceholder("+442071234567");
    Button test = new Button("Find rule", VaadinIcon.SEARCH.create(), e -> test());
    Div form = new Div(customer, tier, number, test);
    form.addClassName("dt-toolbar");
    summary.setId("plan-summary");
    rule.setId("plan-rule");
    add(form, summary, rule, grid);
  }

  private static void configureGrid(Grid<PlanRule> g) {
    g.addColumn(PlanRule::prefix).setHeader("Prefix");
    g.addColumn(r -> r.sellPrefix() == null ? "no sell rate" : r.sellPrefix())
        .setHeader("Sell rule");
    g.addColumn(r -> Formats.decimal(r.sellRate())).setHeader("Sell rate (base)");
    g.addColumn(CompiledRoutesView::carriers).setHeader("Carriers in order").setFlexGrow(4);
    g.getColumns().forEach(c -> c.setAutoWidth(true));
    g.addClassName("dt-grid");
  }

  static String carriers(PlanRule r) {
    if (r.carriers().isEmpty()) {
      return "none: the switch refuses";
    }
    return r.carriers().stream()
        .map(
            (PlanRoute c) ->
                c.carrierName() + " (" + c.buyPrefix() + ", " + Formats.decimal(c.baseRate()) + ")")
        .collect(Collectors.joining(" → "));
  }

  private Page<PlanRule> page(PageRequest page) {
    if (customer.getValue() == null) {
      summary.setText("Choose a customer to see its compiled plan");
      return new Page<>(List.of(), 0);
    }
    try {
      RoutePlanService.PlanPage p =
          plans.plan(UiActor.current(), customer.getValue().id(), tier.getValue(), page);
      Optional<RoutePlanVersion> stored =
          plans.stored(UiActor.current(), customer.getValue().id(), tier.getValue());
      summary.setText(summary(p, stored));
      return new Page<>(p.rules(), p.ruleCount());
    } catch (IllegalArgumentException | AccessDenied e) {
      summary.setText(e.getMessage());
      return new Page<>(List.of(), 0);
    }
  }

  private String summary(RoutePlanService.PlanPage p, Optional<RoutePlanVersion> stored) {
    String head =
        customer.getValue().name()
            + " · "
            + p.tier()
            + ": "
            + p.ruleCount()
            + (p.ruleCount() == 1 ? " rule" : " rules")
            + " · fingerprint "
            + p.fingerprint().substring(0, Math.min(12, p.fingerprint().length()))
            + " · compiled "
            + Formats.instant(p.compiledAt());
    return head
        + stored
            .map(
                v ->
                    " · stored version of "
                        + Formats.instant(v.compiledAt())
                        + (v.fingerprint().equals(p.fingerprint())
                            ? " (the same plan)"
                            : " (differs: the switch still has the stored one until the next sync)"))
            .orElse(" · no version stored yet");
  }

  private void test() {
    if (customer.getValue() == null || number.getValue().isBlank()) {
      Toasts.error("Choose a customer and enter a number");
      return;
    }
    try {
      RouteTest r =
          routes.test(
              UiActor.current(),
              customer.getValue().id(),
              number.getValue(),
              clock.instant(),
              tier.getValue(),
              false);
      rule.setText(
          r.planPrefix() == null
              ? "The switch has no rule for " + r.digits() + ": it refuses the call"
              : "The switch uses rule "
                  + r.planPrefix()
                  + " for "
                  + r.digits()
                  + " → "
                  + (r.planCarriers().isEmpty()
                      ? "no carrier (refused)"
                      : String.join(", ", r.planCarriers())));
    } catch (IllegalArgumentException | AccessDenied e) {
      Toasts.error(e.getMessage());
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Compiled routes", "Rating");
  }
}
