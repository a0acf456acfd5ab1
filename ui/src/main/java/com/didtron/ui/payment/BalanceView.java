package com.didtron.ui.payment;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A customer's balance, credit and what is available, with online top-up and recent payments. */
@Route(value = "balance", layout = MainLayout.class)
@MenuPage(module = MenuModule.FINANCE, title = "Balance", order = 10, icon = VaadinIcon.WALLET)
@PageTitle("Balance · DIDTron")
@RolesAllowed("CUSTOMER")
public class BalanceView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient TopUps topUps;

  public BalanceView(CustomerBalances balances, TopUps topUps) {
    this.topUps = topUps;
    Actor actor = UiActor.current();
    AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    CustomerBalance b = balances.of(actor, own);
    Money creditLimit = new Money(b.creditLimit(), b.funds().currency());
    Div cards =
        new Div(
            new Card("Balance", Amounts.format(b.funds()), "positive: prepaid funds")
                .negative(Amounts.isNegative(b.funds())),
            new Card(
                "Credit limit", Amounts.format(creditLimit), b.billingMode().name().toLowerCase()),
            new Card(
                    "Available",
                    Amounts.format(b.available()),
                    b.canCall() ? "calls allowed" : "calls stopped")
                .status(b.canCall())
                .negative(Amounts.isNegative(b.available())));
    cards.addClassName("dt-cards");
    List<Money> all =
        balances.allCurrencies(actor, own).stream()
            .filter(m -> !m.currency().equals(b.funds().currency()))
            .toList();
    add(cards);
    if (!all.isEmpty()) {
      add(
          new Paragraph(
              "Also held in other currencies: "
                  + String.join(", ", all.stream().map(Amounts::format).toList())));
    }
    add(
        new H3("Top up"),
        new TopUpPanel(
            b.funds().currency().code(),
            topUps.onlineProviders(),
            (provider, amount) -> pay(own, provider, amount, b.funds().currency().code())),
        new H3("Payments"),
        PaymentsGrid.of(topUps, null));
  }

  private void pay(AccountId own, PaymentProvider provider, String amount, String currency) {
    PaymentChange change =
        topUps.startOnline(
            UiActor.current(), own, provider, new TopUpInput(amount, currency, null), baseUrl());
    switch (change) {
      case PaymentChange.Rejected r -> Toasts.error(r.message());
      case PaymentChange.Done d -> UI.getCurrent().getPage().setLocation(d.payment().checkoutUrl());
    }
  }

  private static String baseUrl() {
    VaadinRequest r = VaadinRequest.getCurrent();
    if (r instanceof VaadinServletRequest s) {
      var http = s.getHttpServletRequest();
      return http.getScheme()
          + "://"
          + http.getServerName()
          + ":"
          + http.getServerPort()
          + http.getContextPath();
    }
    return "http://localhost:8080";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("result")
        .ifPresent(
            result -> {
              switch (result) {
                case "success" ->
                    Toasts.success(
                        "Thank you: your balance is credited as soon as the payment is confirmed");
                case "cancel" -> Toasts.error("The top-up was cancelled");
                default -> Toasts.error("The payment could not be completed");
              }
            });
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Balance", "Finance");
  }
}
