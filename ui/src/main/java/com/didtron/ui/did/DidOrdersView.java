package com.didtron.ui.did;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.did.DidOrders;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.workflow.RecordLinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's DID orders, newest first: state, account, numbers, destination, when, the failure
 * reason of a failed one and a link to its provisioning workflow ({@code did-order-<id>}) for those
 * who may read workflow histories.
 */
@Route(value = "did-orders", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "DID orders",
    order = 72,
    icon = VaadinIcon.CART)
@PageTitle("DID orders · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class DidOrdersView extends Div implements HasPageHeader {
  static final List<String> STATES =
      List.of("REQUESTED", "PROVISIONING", "ACTIVE", "FAILED", "COMPENSATED");
  private final transient DidOrders orders;
  private final transient AccountService accounts;
  private final Select<String> state = new Select<>();
  private final Paragraph summary = new Paragraph();
  private final Grid<DidOrders.Order> grid = new Grid<>();
  private final Map<UUID, String> accountNames = new HashMap<>();

  public DidOrdersView(DidOrders orders, AccountService accounts) {
    this.orders = orders;
    this.accounts = accounts;
    state.setItems(STATES);
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption("Any state");
    state.setAriaLabel("State");
    state.addClassName("dt-did-order-state");
    state.addValueChangeListener(e -> refresh());
    grid.addClassName("dt-did-orders");
    grid.addColumn(o -> Times.dateTime(o.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addColumn(o -> accountName(o.accountId())).setHeader("Account").setAutoWidth(true);
    grid.addColumn(DidOrders.Order::state).setHeader("State").setAutoWidth(true);
    grid.addColumn(
            o -> o.items().stream().map(i -> "+" + i.number()).collect(Collectors.joining(", ")))
        .setHeader("Numbers")
        .setAutoWidth(true);
    grid.addComponentColumn(DidOrdersView::workflow)
        .setHeader("Workflow")
        .setKey("workflow")
        .setAutoWidth(true);
    grid.addColumn(o -> o.failureReason() == null ? "" : o.failureReason())
        .setHeader("Failure reason")
        .setAutoWidth(true);
    grid.addColumn(DidOrders.Order::destination).setHeader("Destination").setAutoWidth(true);
    grid.addColumn(DidOrders.Order::requestedBy).setHeader("Ordered by").setAutoWidth(true);
    Div bar = new Div(state);
    bar.addClassName("dt-toolbar");
    add(summary, bar, grid);
    refresh();
  }

  /** A link to the order's workflow runs for readers of histories, else the workflow id. */
  private static com.vaadin.flow.component.Component workflow(DidOrders.Order o) {
    com.vaadin.flow.component.Component link = RecordLinks.runsOf(o.workflowId(), o.workflowId());
    if (link instanceof Span && o.workflowId() != null) {
      return new Span(o.workflowId());
    }
    return link;
  }

  private String accountName(UUID id) {
    return accountNames.computeIfAbsent(
        id,
        a -> {
          try {
            return accounts.get(UiActor.current(), new AccountId(a)).name();
          } catch (AccessDenied | java.util.NoSuchElementException e) {
            return a.toString();
          }
        });
  }

  void refresh() {
    Actor actor = UiActor.current();
    List<DidOrders.Order> rows = orders.list(actor, null, state.getValue());
    grid.setItems(rows);
    summary.setText(
        rows.size()
            + (rows.size() == 1 ? " order" : " orders")
            + (state.getValue() == null ? "" : " " + state.getValue())
            + ", newest first (at most 200).");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("DID orders", "Administration");
  }
}
