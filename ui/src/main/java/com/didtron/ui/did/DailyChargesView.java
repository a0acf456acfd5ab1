package com.didtron.ui.did;

import com.didtron.activities.did.AccountDidCharges;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The daily rental charged for the customer's numbers, one row per number and day, newest first,
 * with a month filter and the total. Only the customer's own account: an {@code ?account=} of
 * another account is refused as an unknown one ({@link AccountDidCharges}).
 */
@ForProduct(Product.DIDS)
@Route(value = "daily-charges", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.HOME,
    title = "Daily charges",
    order = 42,
    icon = VaadinIcon.CALENDAR_CLOCK)
@PageTitle("Daily charges · DIDTron")
@RolesAllowed("CUSTOMER")
public class DailyChargesView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient AccountDidCharges charges;
  private final Select<YearMonth> month = new Select<>();
  private final Paragraph total = new Paragraph();
  private final Grid<AccountDidCharges.Charge> grid = new Grid<>();
  private AccountId account;

  public DailyChargesView(AccountDidCharges charges) {
    this.charges = charges;
    month.setAriaLabel("Month");
    month.setEmptySelectionAllowed(true);
    month.setEmptySelectionCaption("All months");
    month.addClassName("dt-charges-month");
    month.addValueChangeListener(e -> refresh());
    total.addClassName("dt-charges-total");
    grid.addClassName("dt-charges-grid");
    grid.addColumn(c -> c.day().toString()).setHeader("Day").setAutoWidth(true);
    grid.addColumn(c -> "+" + c.number()).setHeader("Number").setAutoWidth(true);
    grid.addColumn(c -> Amounts.precise(c.amount())).setHeader("Amount").setAutoWidth(true);
    grid.addColumn(AccountDidCharges.Charge::currency).setHeader("Currency").setAutoWidth(true);
    grid.addColumn(c -> Amounts.precise(c.monthlyPrice()))
        .setHeader("Monthly price")
        .setAutoWidth(true);
    Div bar = new Div(month);
    bar.addClassName("dt-toolbar");
    add(
        new Paragraph(
            "Your numbers are rented day by day: each day in service is charged from your balance"
                + " as the monthly price divided by the days of that month."),
        bar,
        total,
        grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    List<String> asked = event.getLocation().getQueryParameters().getParameters().get("account");
    account = own;
    if (asked != null && !asked.isEmpty()) {
      try {
        account = new AccountId(UUID.fromString(asked.getFirst()));
      } catch (IllegalArgumentException e) {
        throw new AccessDenied("No such account");
      }
    }
    // refused (as an unknown account) unless it is the customer's own
    month.setItems(charges.months(actor, account));
    refresh();
  }

  void refresh() {
    if (account == null) {
      return;
    }
    AccountDidCharges.Charges c = charges.list(UiActor.current(), account, month.getValue());
    grid.setItems(c.rows());
    if (c.count() == 0) {
      total.setText(
          "No daily charges" + (month.getValue() == null ? "" : " in " + month.getValue()) + ".");
      return;
    }
    total.setText(
        c.count()
            + (c.count() == 1 ? " charge" : " charges")
            + (month.getValue() == null ? "" : " in " + month.getValue())
            + ", total "
            + c.totals().entrySet().stream()
                .map(e -> Amounts.format(e.getValue(), CurrencyCode.of(e.getKey())))
                .collect(Collectors.joining(" + "))
            + (c.count() > c.rows().size() ? "; showing the newest " + c.rows().size() : ""));
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Daily charges", "Home");
  }
}
