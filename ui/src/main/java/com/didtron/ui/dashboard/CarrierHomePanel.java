package com.didtron.ui.dashboard;

import static com.didtron.ui.dashboard.HomeCards.amounts;
import static com.didtron.ui.dashboard.HomeCards.calls;
import static com.didtron.ui.dashboard.HomeCards.card;
import static com.didtron.ui.dashboard.HomeCards.cards;
import static com.didtron.ui.dashboard.HomeCards.linked;
import static com.didtron.ui.dashboard.HomeCards.section;

import com.didtron.activities.home.CarrierHome;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.statement.Statement;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.cdr.CdrsView;
import com.didtron.ui.netting.NettingView;
import com.didtron.ui.statement.StatementsView;
import com.vaadin.flow.component.html.Div;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A carrier's home: what we owe it and it owes us, its last monthly statement, netting proposals
 * waiting for a decision, the traffic it carried (its own leg: no customers, no sell prices).
 */
final class CarrierHomePanel extends Div {
  CarrierHomePanel(CarrierHome h) {
    addClassName("dt-home-carrier");
    var currency = h.account().currency();
    Div owed =
        cards(
            linked(
                card("We owe you", amounts(h.weOwe(), currency), "your payable balance with us"),
                "Statements",
                StatementsView.class));
    if (!h.theyOwe().isEmpty()) {
      owed.add(
          card(
              "You owe us",
              amounts(h.theyOwe(), currency),
              "as our customer; negative: your prepaid funds"));
    }
    owed.add(statement(h.lastStatement()), netting(h));
    String zone = HomeCards.zone(h.zone());
    add(
        HomeCards.owner(h.account()),
        section("Money", owed),
        section(
            "Traffic carried (" + zone + ")",
            cards(
                linked(
                    card("Today", amounts(h.today().amounts(), currency), calls(h.today())),
                    "Calls",
                    CdrsView.class),
                card("This month", amounts(h.month().amounts(), currency), calls(h.month())))));
  }

  private static Div statement(Statement s) {
    if (s == null) {
      return card("Last statement", "None", "");
    }
    String month =
        s.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + s.from().getYear();
    return linked(
        card(
            "Statement " + month,
            Amounts.format(Money.of(s.closing().toPlainString(), s.currency())),
            "closing: we owe you · " + s.rows().size() + " lines"),
        "Statements",
        StatementsView.class);
  }

  private static Div netting(CarrierHome h) {
    String hint =
        h.openNetting().isEmpty()
            ? "nothing to decide"
            : "latest: "
                + h.openNetting().stream().findFirst().map(CarrierHomePanel::proposal).orElse("");
    return linked(
        card("Netting proposals", String.valueOf(h.openNettingCount()), hint),
        "Netting",
        NettingView.class);
  }

  private static String proposal(NettingRequest n) {
    return n.periodKey() + " offset " + Amounts.format(n.offset());
  }
}
