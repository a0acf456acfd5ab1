package com.didtron.rating.plan;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.engine.CompiledDeck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Plan inputs from compiled decks. */
public final class PlanDecks {
  private PlanDecks() {}

  /** The prefixes of {@code deck} with an entry effective at {@code at}, and their rates. */
  public static PlanDeck effective(CompiledDeck deck, CurrencyCode currency, Instant at) {
    List<PlanPrefix> prefixes = new ArrayList<>(deck.size());
    deck.forEachEffective(at, (prefix, e) -> prefixes.add(new PlanPrefix(prefix, deck.rate(e))));
    return new PlanDeck(currency, prefixes);
  }
}
