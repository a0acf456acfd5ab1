package com.didtron.ui.did;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidOffer;
import com.didtron.activities.did.DidOrderRefused;
import com.didtron.activities.did.DidOrders;
import com.didtron.activities.did.DidSearch;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer searches numbers for sale (country, area, type, pattern) with its own prices, puts
 * several in a cart and buys them for a SIP destination. A refused order shows its reason (KYC, no
 * longer available, balance); a placed one shows its state until it is active or failed, with a
 * link to it ({@code buy-numbers?order=<id>}). Never shows cost nor supplier: the search answers
 * {@link DidOffer}s, which have no field for them.
 */
@ForProduct(Product.DIDS)
@Route(value = "buy-numbers", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "Buy numbers", order = 40, icon = VaadinIcon.CART)
@PageTitle("Buy numbers · DIDTron")
@RolesAllowed("CUSTOMER")
public class BuyNumbersView extends Div implements HasPageHeader, BeforeEnterObserver {
  static final int POLL_MS = 1000;
  private static final Set<String> SETTLED = Set.of("ACTIVE", "FAILED", "COMPENSATED");

  private final transient DidInventory inventory;
  private final transient DidOrders orders;
  private final transient Clock clock;
  private final transient CustomerBalances balances;
  private final Paragraph balance = new Paragraph();
  private final TextField country = new TextField();
  private final TextField area = new TextField();
  private final Select<NumberType> type = new Select<>();
  private final TextField pattern = new TextField();
  private final Grid<DidOffer> results = new Grid<>();
  private final Grid<DidOffer> cartGrid = new Grid<>();
  private final List<DidOffer> cart = new ArrayList<>();
  private final Paragraph total = new Paragraph();
  private final TextField destination = new TextField("Destination (SIP URI)");
  private final TextField failover = new TextField("Failover (optional)");
  private final IntegerField ringTimeout = new IntegerField("Ring timeout (s)");
  private final Button buy = new Button("Buy", VaadinIcon.CART.create(), e -> buy());
  private final Paragraph refused = new Paragraph();
  private final Div order = new Div();
  private UUID shownOrder;
  private Registration polling;

  public BuyNumbersView(
      DidInventory inventory, DidOrders orders, Clock clock, CustomerBalances balances) {
    this.inventory = inventory;
    this.orders = orders;
    this.clock = clock;
    this.balances = balances;
    balance.addClassName("dt-buy-balance");
    configureSearch();
    configureCart();
    Button search = new Button("Search", VaadinIcon.SEARCH.create(), e -> search());
    search.addClassName("dt-buy-search");
    search.addClickShortcut(Key.ENTER);
    Div bar = new Div(country, area, type, pattern, search);
    bar.addClassName("dt-toolbar");
    Div checkout = new Div(destination, failover, ringTimeout, buy);
    checkout.addClassName("dt-toolbar");
    refused.addClassName("dt-warning");
    refused.addClassName("dt-buy-refused");
    refused.setVisible(false);
    order.addClassName("dt-buy-order");
    order.setVisible(false);
    add(
        new Paragraph(
            "Numbers for sale with your monthly and setup price. Add them to the cart, give the SIP"
                + " address calls should reach and buy: the setup fee and the first day are charged"
                + " from your balance, then the numbers are provisioned."),
        order,
        bar,
        results,
        new H3("Cart"),
        cartGrid,
        total,
        balance,
        checkout,
        refused);
    search();
    showCart();
  }

  private void configureSearch() {
    country.setPlaceholder("Country (DE)");
    country.setMaxLength(2);
    country.setAriaLabel("Country");
    country.addClassName("dt-buy-country");
    area.setPlaceholder("Area or city");
    area.setAriaLabel("Area");
    area.addClassName("dt-buy-area");
    type.setItems(NumberType.values());
    type.setEmptySelectionAllowed(true);
    type.setEmptySelectionCaption("Any type");
    type.setAriaLabel("Type");
    type.addClassName("dt-buy-type");
    pattern.setPlaceholder("Number: 4930*, 49?0*, 555");
    pattern.setAriaLabel("Pattern");
    pattern.addClassName("dt-buy-pattern");
    results.addClassName("dt-buy-results");
    results.setHeight("20em");
    results.addColumn(o -> "+" + o.number()).setHeader("Number").setAutoWidth(true);
    results.addColumn(DidOffer::country).setHeader("Country").setAutoWidth(true);
    results.addColumn(DidOffer::area).setHeader("Area").setAutoWidth(true);
    results.addColumn(o -> o.type().name()).setHeader("Type").setAutoWidth(true);
    results.addColumn(DidOffer::channels).setHeader("Channels").setAutoWidth(true);
    results
        .addColumn(o -> price(o.monthlyPrice(), o.currency()))
        .setHeader("Monthly")
        .setAutoWidth(true);
    results
        .addColumn(o -> price(o.setupPrice(), o.currency()))
        .setHeader("Setup")
        .setAutoWidth(true);
    results
        .addColumn(o -> price(o.inboundPerMinute(), o.currency()))
        .setHeader("Inbound/min")
        .setAutoWidth(true);
    results
        .addComponentColumn(
            o -> {
              Button add = new Button("Add", VaadinIcon.PLUS.create(), e -> add(o));
              add.addThemeVariants(ButtonVariant.LUMO_SMALL);
              add.setAriaLabel("Add +" + o.number() + " to the cart");
              add.addClassName("dt-buy-add");
              add.getElement().setAttribute("data-number", o.number());
              add.setEnabled(cart.stream().noneMatch(c -> c.id().equals(o.id())));
              return add;
            })
        .setKey("add")
        .setFrozenToEnd(true)
        .setAutoWidth(true);
  }

  private void configureCart() {
    cartGrid.addClassName("dt-buy-cart");
    cartGrid.setAllRowsVisible(true);
    cartGrid.addColumn(o -> "+" + o.number()).setHeader("Number").setAutoWidth(true);
    cartGrid
        .addColumn(o -> price(o.monthlyPrice(), o.currency()))
        .setHeader("Monthly")
        .setAutoWidth(true);
    cartGrid
        .addColumn(o -> price(o.setupPrice(), o.currency()))
        .setHeader("Setup")
        .setAutoWidth(true);
    cartGrid
        .addColumn(o -> price(firstDay(o), o.currency()))
        .setHeader("First day")
        .setAutoWidth(true);
    cartGrid
        .addComponentColumn(
            o -> {
              Button remove = new Button("Remove", VaadinIcon.TRASH.create(), e -> remove(o));
              remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
              remove.addClassName("dt-buy-remove");
              return remove;
            })
        .setKey("remove")
        .setAutoWidth(true);
    total.addClassName("dt-buy-total");
    destination.setPlaceholder("sip:100@pbx.example.com");
    destination.addClassName("dt-buy-destination");
    destination.setWidth("22em");
    failover.setPlaceholder("sip:100@backup.example.com");
    failover.addClassName("dt-buy-failover");
    ringTimeout.setMin(5);
    ringTimeout.setMax(300);
    ringTimeout.setValue(30);
    ringTimeout.addClassName("dt-buy-ring-timeout");
    buy.addClassName("dt-buy-submit");
    buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
  }

  private static String price(BigDecimal amount, String currency) {
    return amount == null ? "—" : Amounts.precise(amount, CurrencyCode.of(currency));
  }

  private BigDecimal firstDay(DidOffer o) {
    return o.monthlyPrice() == null
        ? BigDecimal.ZERO
        : DailyRental.forDay(o.monthlyPrice(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  void search() {
    pattern.setInvalid(false);
    country.setInvalid(false);
    try {
      DidSearch query =
          DidSearch.of(
              country.getValue(),
              type.getValue() == null ? null : type.getValue().name(),
              area.getValue(),
              pattern.getValue(),
              null,
              DidSearch.DEFAULT_LIMIT);
      results.setItems(inventory.search(UiActor.current(), query));
    } catch (IllegalArgumentException e) {
      TextField field =
          e.getMessage() != null && e.getMessage().contains("country") ? country : pattern;
      field.setInvalid(true);
      field.setErrorMessage(e.getMessage());
    }
  }

  private void add(DidOffer o) {
    if (cart.stream().noneMatch(c -> c.id().equals(o.id()))) {
      cart.add(o);
    }
    showCart();
    results.getDataProvider().refreshItem(o);
  }

  private void remove(DidOffer o) {
    cart.removeIf(c -> c.id().equals(o.id()));
    showCart();
    results.getDataProvider().refreshAll();
  }

  private void showCart() {
    cartGrid.setItems(cart);
    buy.setEnabled(!cart.isEmpty());
    showBalance();
    if (cart.isEmpty()) {
      total.setText("The cart is empty.");
      return;
    }
    total.setText(
        cart.size()
            + (cart.size() == 1 ? " number" : " numbers")
            + "; due now (setup + first day): "
            + dueNow(cart, this::firstDay));
  }

  /**
   * What the account may spend now, and a warning when the cart costs more (the order itself
   * decides; this only tells beforehand).
   */
  private void showBalance() {
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    Money available = balances.of(actor, own).available();
    BigDecimal due =
        cart.stream()
            .filter(o -> o.currency().equals(available.currency().code()))
            .map(o -> (o.setupPrice() == null ? BigDecimal.ZERO : o.setupPrice()).add(firstDay(o)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean notCovered = due.compareTo(available.amount()) > 0;
    balance.setText(
        "Available to spend: "
            + Amounts.format(available)
            + (notCovered ? ". This does not cover the cart: please top up first." : "."));
    balance.setClassName("dt-warning", notCovered);
  }

  /** What the cart costs now, per currency: every setup fee plus every number's first day. */
  static String dueNow(List<DidOffer> cart, java.util.function.Function<DidOffer, BigDecimal> day) {
    Map<String, BigDecimal> due = new TreeMap<>();
    for (DidOffer o : cart) {
      BigDecimal setup = o.setupPrice() == null ? BigDecimal.ZERO : o.setupPrice();
      due.merge(o.currency(), setup.add(day.apply(o)), BigDecimal::add);
    }
    return due.entrySet().stream()
        .map(e -> Amounts.format(e.getValue(), CurrencyCode.of(e.getKey())))
        .collect(Collectors.joining(" + "));
  }

  void buy() {
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    refused.setVisible(false);
    try {
      DidOrders.Order placed =
          orders.place(
              actor,
              new DidOrders.OrderRequest(
                  own.value(),
                  cart.stream().map(DidOffer::number).toList(),
                  destination.getValue(),
                  failover.getValue(),
                  ringTimeout.getValue()));
      cart.clear();
      showCart();
      search();
      Toasts.success("Order placed: " + placed.items().size() + " number(s)");
      showOrder(placed);
      order.scrollIntoView();
    } catch (DidOrderRefused e) {
      refused.setText("Not ordered: " + e.getMessage());
      refused.setVisible(true);
      Toasts.error(e.getMessage());
      search();
    }
  }

  private void showOrder(DidOrders.Order o) {
    shownOrder = o.id();
    order.removeAll();
    order.setVisible(true);
    Span state = new Span(o.state());
    state.addClassName("dt-buy-order-state");
    state.getElement().setAttribute("data-state", o.state());
    String url =
        RouteConfiguration.forSessionScope().getUrl(BuyNumbersView.class)
            + "?"
            + QueryParameters.of("order", o.id().toString()).getQueryString();
    Anchor link = new Anchor(url, "Order " + o.id().toString().substring(0, 8));
    link.addClassName("dt-buy-order-link");
    order.add(new H3("Your order"), new Paragraph(link, new Span(" · state "), state));
    Grid<DidOrders.Item> items = new Grid<>();
    items.addClassName("dt-buy-order-items");
    items.setAllRowsVisible(true);
    items.addColumn(i -> "+" + i.number()).setHeader("Number").setAutoWidth(true);
    items.addColumn(DidOrders.Item::state).setHeader("State").setAutoWidth(true);
    items.addColumn(i -> price(i.setupPrice(), i.currency())).setHeader("Setup").setAutoWidth(true);
    items
        .addColumn(i -> price(i.monthlyPrice(), i.currency()))
        .setHeader("Monthly")
        .setAutoWidth(true);
    items.setItems(o.items());
    order.add(new Paragraph("Calls to these numbers go to " + o.destination() + "."), items);
    if (o.failureReason() != null) {
      Paragraph why = new Paragraph("Failed: " + o.failureReason());
      why.addClassName("dt-warning");
      order.add(why);
    }
    if (!SETTLED.contains(o.state())) {
      order.add(new Paragraph("Provisioning… this page updates by itself."));
    }
    getUI().ifPresent(ui -> ui.setPollInterval(SETTLED.contains(o.state()) ? -1 : POLL_MS));
  }

  private void poll() {
    if (shownOrder == null) {
      return;
    }
    DidOrders.Order o = orders.get(UiActor.current(), shownOrder);
    showOrder(o);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> id = event.getLocation().getQueryParameters().getParameters().get("order");
    if (id != null && !id.isEmpty()) {
      UUID orderId;
      try {
        orderId = UUID.fromString(id.getFirst());
      } catch (IllegalArgumentException e) {
        throw new AccessDenied("No such order");
      }
      try {
        showOrder(orders.get(UiActor.current(), orderId));
      } catch (AccessDenied | java.util.NoSuchElementException e) {
        // another account's order reads like an unknown one
        throw new AccessDenied("No such order");
      }
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    polling = event.getUI().addPollListener(e -> poll());
    if (shownOrder != null) {
      poll();
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Buy numbers", "Home");
  }
}
