package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.DeckSide;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rate card pushed as a whole: the rules become a new revision that the switch makes active.
 *
 * @param cardId the switch's card id, or null to create the card
 * @param side sell card (customer) or buy card (carrier)
 */
@Facade
public record SwitchRateCard(
    String cardId, String name, DeckSide side, CurrencyCode currency, List<Rule> rules) {
  public SwitchRateCard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(currency, "currency");
    rules = List.copyOf(rules);
  }

  /**
   * One prefix of the card.
   *
   * @param ratePerMinute in the card's currency
   * @param connectFee charged once per connected call
   * @param initialIncrement first billed block, seconds
   * @param subsequentIncrement each following block, seconds
   */
  public record Rule(
      String prefix,
      String destination,
      BigDecimal ratePerMinute,
      BigDecimal connectFee,
      int initialIncrement,
      int subsequentIncrement) {
    public Rule {
      if (prefix == null || !prefix.matches("[0-9]{1,32}")) {
        throw new IllegalArgumentException("A prefix is 1 to 32 digits: " + prefix);
      }
      Objects.requireNonNull(ratePerMinute, "ratePerMinute");
      connectFee = connectFee == null ? BigDecimal.ZERO : connectFee;
    }
  }
}
