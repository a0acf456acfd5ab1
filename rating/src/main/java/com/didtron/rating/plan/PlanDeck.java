package com.didtron.rating.plan;

import com.didtron.domain.money.CurrencyCode;
import java.util.List;
import java.util.Objects;

/**
 * A deck's effective prefixes at the instant the plan is compiled.
 *
 * @param currency the deck's currency
 * @param prefixes one entry per prefix (a repeated prefix is refused by the compiler)
 */
public record PlanDeck(CurrencyCode currency, List<PlanPrefix> prefixes) {
  /** Copies the prefixes so the deck stays immutable. */
  public PlanDeck {
    Objects.requireNonNull(currency, "currency");
    prefixes = List.copyOf(prefixes);
  }
}
