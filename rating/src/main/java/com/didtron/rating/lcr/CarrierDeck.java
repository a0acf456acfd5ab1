package com.didtron.rating.lcr;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.engine.CompiledDeck;
import java.util.Objects;

/**
 * A carrier's buy deck as LCR sees it.
 *
 * @param carrier the carrier's name (the final tie-breaker of the ranking)
 * @param currency the deck's currency
 * @param deck the compiled buy deck
 */
public record CarrierDeck(String carrier, CurrencyCode currency, CompiledDeck deck) {
  /** Checks that the deck, when it names a currency, names this one. */
  public CarrierDeck {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(deck, "deck");
    if (deck.currency() != null && !deck.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "deck " + deck.name() + " is in " + deck.currency() + ", not " + currency);
    }
  }
}
