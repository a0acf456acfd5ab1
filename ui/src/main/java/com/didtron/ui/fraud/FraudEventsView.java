package com.didtron.ui.fraud;

import com.didtron.activities.fraud.FraudEvents;
import com.didtron.activities.fraud.FraudFilter;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the fraud detector found and did, newest first: metric, observed value against the
 * threshold, the action and its reason; admins clear open events (which lifts a block). {@code
 * ?account=<id>} shows one account's events.
 */
@Route(value = "fraud-events", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ACCOUNTS,
    title = "Fraud events",
    order = 40,
    icon = VaadinIcon.WARNING)
@PageTitle("Fraud events · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class FraudEventsView extends Div implements HasPageHeader, BeforeEnterObserver {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final transient FraudEvents events;
  private final Checkbox openOnly = new Checkbox("Open events only", true);
  private final Span scope = new Span();
  private final Grid<FraudEvent> grid = new Grid<>();
  private AccountId account;

  public FraudEventsView(FraudEvents events) {
    this.events = events;
    configureGrid();
    openOnly.addValueChangeListener(e -> refresh());
    Div toolbar = new Div(openOnly, scope);
    toolbar.addClassName("dt-toolbar");
    add(toolbar, grid);
  }

  private void configureGrid() {
    grid.addColumn(e -> TIME.format(e.openedAt())).setHeader("Opened (UTC)").setAutoWidth(true);
    grid.addColumn(FraudEvent::accountName).setHeader("Account").setFlexGrow(2);
    grid.addColumn(e -> e.metric().name()).setHeader("Metric").setAutoWidth(true);
    grid.addColumn(e -> figure(e.observed(), e)).setHeader("Value");
    grid.addColumn(e -> figure(e.threshold(), e)).setHeader("Threshold");
    grid.addColumn(e -> e.action().name()).setHeader("Action");
    grid.addColumn(FraudEvent::reason).setHeader("Reason").setFlexGrow(4);
    grid.addColumn(
            e ->
                e.isOpen()
                    ? "open"
                    : TIME.format(e.clearedAt()) + " · " + e.clearedBy() + ": " + e.clearNote())
        .setHeader("Cleared")
        .setFlexGrow(2);
    grid.addComponentColumn(this::clearButton).setHeader("").setKey("clear").setAutoWidth(true);
    grid.setPartNameGenerator(e -> e.isOpen() ? "dt-alert-open" : null);
  }

  private Div clearButton(FraudEvent e) {
    Div cell = new Div();
    if (e.isOpen() && UiActor.current().isAdmin()) {
      Button clear = new Button("Clear", click -> new ClearDialog(events, e, this::refresh).open());
      clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      clear.setAriaLabel("Clear the " + e.metric() + " event of " + e.accountName());
      cell.add(clear);
    }
    return cell;
  }

  private static String figure(BigDecimal value, FraudEvent e) {
    String v = value.stripTrailingZeros().toPlainString();
    return switch (e.metric()) {
      case SHORT_CALLS -> v + " %";
      case CALLS_PER_MINUTE -> v + "/min";
      case CUSTOMER_SPEND, CARRIER_COST -> v;
    };
  }

  void refresh() {
    grid.setItems(
        events.find(
            UiActor.current(),
            new FraudFilter(account, null, null, openOnly.getValue(), FraudFilter.MAX)));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    account =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("account")
            .flatMap(FraudEventsView::accountId)
            .orElse(null);
    scope.setText(account == null ? "" : "One account's events");
    refresh();
  }

  private static Optional<AccountId> accountId(String text) {
    try {
      return Optional.of(AccountId.of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Fraud events", "Accounts");
  }
}
