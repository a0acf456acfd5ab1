package com.didtron.ui.dashboard;

import static com.didtron.ui.dashboard.HomeCards.amounts;
import static com.didtron.ui.dashboard.HomeCards.calls;
import static com.didtron.ui.dashboard.HomeCards.card;
import static com.didtron.ui.dashboard.HomeCards.cards;
import static com.didtron.ui.dashboard.HomeCards.linked;
import static com.didtron.ui.dashboard.HomeCards.section;

import com.didtron.activities.home.CustomerHome;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.balance.CallStanding;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.money.Money;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.invoicing.InvoicesView;
import com.didtron.ui.payment.BalanceView;
import com.didtron.ui.portal.MyAccountView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A customer's home: whether calls are allowed and why, balance and what is available, spend today
 * and this month in the account's billing time zone, the last invoice. Its own figures only.
 */
final class CustomerHomePanel extends Div {
  CustomerHomePanel(CustomerHome h, BigDecimal lowThreshold) {
    addClassName("dt-home-customer");
    add(
        HomeCards.owner(h.account()),
        standing(h, lowThreshold),
        money(h),
        spend(h),
        invoice(h.lastInvoice()));
  }

  /** The banner saying whether calls are allowed, why, and what to do about it. */
  private static Div standing(CustomerHome h, BigDecimal lowThreshold) {
    CallStanding s = h.standing();
    Span reason = new Span(s.reason());
    reason.addClassName("dt-home-reason");
    Div banner = new Div(reason);
    banner.addClassNames("dt-home-standing", s.allowed() ? "dt-home-allowed" : "dt-home-stopped");
    banner.addClassName(s.allowed() && !s.low() ? "dt-banner" : "dt-banner-warning");
    banner.getElement().setAttribute("role", "status");
    if (s.low()) {
      Span low =
          new Span(
              " Low balance: warning at "
                  + Amounts.format(new Money(lowThreshold, h.account().currency()))
                  + " or less.");
      low.addClassName("dt-home-low");
      banner.add(low);
    }
    if (s.low() || !s.allowed()) {
      RouterLink topUp = new RouterLink("Top up", BalanceView.class);
      topUp.addClassName("dt-home-topup");
      banner.add(new Span(" "), topUp);
    }
    return banner;
  }

  private static Div money(CustomerHome h) {
    var b = h.balance();
    boolean postpaid = b.billingMode() == BillingMode.POSTPAID;
    String limit =
        postpaid
            ? "credit limit " + Amounts.format(new Money(b.creditLimit(), b.funds().currency()))
            : "prepaid: no credit";
    String held =
        h.callsInProgress() > 0
            ? " − " + Amounts.format(h.reserved()) + " held by " + h.callsInProgress() + " calls"
            : "";
    return cards(
        linked(
            card("Balance", Amounts.format(b.funds()), "positive: your funds · negative: owed")
                .status(!b.funds().isNegative()),
            "Balance and top-up",
            BalanceView.class),
        card(
                "Available",
                Amounts.format(h.standing().spendable()),
                (postpaid ? "balance + credit limit" : "balance") + held)
            .status(h.standing().allowed()),
        linked(
            card("Billing", b.billingMode().name().toLowerCase(Locale.ROOT), limit),
            "My account",
            MyAccountView.class));
  }

  private static Div spend(CustomerHome h) {
    String zone = HomeCards.zone(h.zone());
    var currency = h.account().currency();
    return section(
        "Spend (" + zone + ")",
        cards(
            card("Today", amounts(h.today().amounts(), currency), calls(h.today())),
            card("This month", amounts(h.month().amounts(), currency), calls(h.month()))));
  }

  private static Div invoice(Invoice last) {
    if (last == null) {
      return section(
          "Last invoice",
          cards(linked(card("Last invoice", "None yet", ""), "Invoices", InvoicesView.class)));
    }
    String hint =
        last.status().name().toLowerCase(Locale.ROOT)
            + " · due "
            + last.dueDate()
            + " · outstanding "
            + Amounts.format(last.outstanding());
    return section(
        "Last invoice",
        cards(
            linked(
                card(
                    last.number() + " · " + last.period().key(),
                    Amounts.format(last.total()),
                    hint),
                "Invoices",
                InvoicesView.class)));
  }
}
