package com.didtron.rating.plan;

import java.util.Objects;

/**
 * A carrier the plan may route to.
 *
 * @param id the carrier's id (what the switch is told)
 * @param name the carrier's name (ties between equal rates go to the name, then the id, as in LCR)
 * @param deck its active buy deck
 */
public record PlanCarrier(String id, String name, PlanDeck deck) {
  /** Checks every part is present. */
  public PlanCarrier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(deck, "deck");
  }
}
