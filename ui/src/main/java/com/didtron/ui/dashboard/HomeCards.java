package com.didtron.ui.dashboard;

import com.didtron.activities.home.Traffic;
import com.didtron.domain.account.Account;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.Card;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The building blocks of the home pages: cards that never cut their value, sections, links. */
final class HomeCards {
  private HomeCards() {}

  /**
   * A card whose whole text is also its tooltip (title attribute), so a value the card has to wrap
   * or shrink can still be read at once.
   */
  static Card card(String label, String value, String hint) {
    Card c = new Card(label, value, hint);
    c.addClassName("dt-home-card");
    c.getElement()
        .setAttribute("title", label + ": " + value + (hint.isBlank() ? "" : " — " + hint));
    return c;
  }

  /** A card that links to the page where its figure is worked with. */
  static Card linked(Card card, String text, Class<? extends Component> page) {
    RouterLink link = new RouterLink(text, page);
    link.addClassName("dt-home-link");
    card.add(link);
    return card;
  }

  /** Whose home this is: the account's name, kind and currency. */
  static Div owner(Account a) {
    Span name = new Span(a.name());
    name.addClassName("dt-home-account");
    Span what =
        new Span(" · " + a.kind().name().toLowerCase(Locale.ROOT) + " account in " + a.currency());
    what.addClassName("dt-home-account-kind");
    Div d = new Div(name, what);
    d.addClassName("dt-home-owner");
    return d;
  }

  /** A row of cards. */
  static Div cards(Component... cards) {
    Div d = new Div(cards);
    d.addClassName("dt-cards");
    return d;
  }

  /** A titled section of a home. */
  static Div section(String title, Component... content) {
    Div d = new Div(new H3(title));
    d.addClassName("dt-home-section");
    d.add(content);
    return d;
  }

  /** Amounts in one or more currencies; zero in {@code fallback} when there are none. */
  static String amounts(List<Money> amounts, CurrencyCode fallback) {
    if (amounts.isEmpty()) {
      return fallback == null ? "—" : Amounts.format(Money.zero(fallback));
    }
    return String.join(" · ", amounts.stream().map(Amounts::format).toList());
  }

  /** "12 calls · 34 min" with the calls not rated yet, if any. */
  static String calls(Traffic t) {
    String s = t.calls() + (t.calls() == 1 ? " call" : " calls") + " · " + t.minutes() + " min";
    return t.unrated() > 0 ? s + " (" + t.unrated() + " not rated yet)" : s;
  }

  /** The zone a "today" or "this month" is cut in, as the page states it. */
  static String zone(ZoneId zone) {
    return "UTC".equals(zone.getId()) || "Z".equals(zone.getId()) ? "UTC" : zone.getId();
  }
}
