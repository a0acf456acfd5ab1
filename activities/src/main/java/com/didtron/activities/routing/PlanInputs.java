package com.didtron.activities.routing;

import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.routing.CarrierHealth;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.plan.PlanCarrier;
import com.didtron.rating.plan.PlanDeck;
import com.didtron.rating.plan.PlanDecks;
import com.didtron.rating.plan.PlanPolicy;
import com.didtron.rating.plan.PlanPrefix;
import com.didtron.rating.plan.RoutePlanRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The inputs of a compiled routing plan, from the same active decks, exchange rates, carrier health
 * and route policy table as the route tester. The switch's plan applies loss protection (no loss
 * allowed). {@link #forNumber} keeps only the prefixes of one number: the plan compiled from them
 * has, for that number, exactly the rule of the full plan (a rule depends on its prefixes only).
 */
final class PlanInputs {
  private PlanInputs() {}

  /** What the route tester already resolved for a tenant and instant. */
  record Context(
      Actor actor,
      UUID accountId,
      RoutePolicy.Tier tier,
      Instant at,
      ActiveDecks.Loaded sell,
      List<ActiveDecks.Loaded> buy,
      Map<CurrencyCode, BigDecimal> rates,
      CurrencyCode base,
      Map<UUID, CarrierHealth> health,
      RoutePolicy policy) {}

  /** The full plan's request. */
  static RoutePlanRequest full(Context c) {
    return request(c, (l) -> PlanDecks.effective(l.deck(), l.card().currency(), c.at()));
  }

  /** The request restricted to the prefixes of {@code digits}. */
  static RoutePlanRequest forNumber(Context c, String digits) {
    return request(c, l -> prefixesOf(l, digits, c.at()));
  }

  private static RoutePlanRequest request(Context c, Function<ActiveDecks.Loaded, PlanDeck> deck) {
    if (!c.rates().containsKey(c.sell().card().currency())) {
      throw new IllegalArgumentException(
          "No exchange rate from "
              + c.sell().card().currency()
              + " to "
              + c.base()
              + ": the customer's sell rates cannot be compared");
    }
    List<PlanCarrier> carriers = new ArrayList<>();
    for (ActiveDecks.Loaded l : c.buy()) {
      if (c.rates().containsKey(l.card().currency())) {
        carriers.add(
            new PlanCarrier(l.card().ownerId().toString(), l.card().ownerName(), deck.apply(l)));
      }
    }
    return new RoutePlanRequest(
        c.accountId().toString(),
        c.tier().name(),
        deck.apply(c.sell()),
        carriers,
        CurrencyConversion.of(c.base(), c.rates()),
        policy(c));
  }

  /** The route policy's verdicts, evaluated once per carrier and answer. */
  private static PlanPolicy policy(Context c) {
    Map<String, Boolean> verdicts = new HashMap<>();
    return (carrier, aboveSell) ->
        verdicts.computeIfAbsent(
            carrier.id() + aboveSell,
            k -> {
              UUID id = UUID.fromString(carrier.id());
              CarrierHealth h = c.health().getOrDefault(id, CarrierHealth.unknown(id));
              return c.policy()
                  .evaluate(
                      new RoutePolicy.Input(
                          c.tier(),
                          h.inPenaltyBox(),
                          aboveSell,
                          false,
                          h.asrPercent(),
                          h.pddP95Ms()))
                  .allowed();
            });
  }

  private static PlanDeck prefixesOf(ActiveDecks.Loaded l, String digits, Instant at) {
    CompiledDeck deck = l.deck();
    List<PlanPrefix> out = new ArrayList<>();
    for (int k = 1; k <= digits.length(); k++) {
      int e = deck.find(digits.substring(0, k), at);
      if (e != CompiledDeck.NO_MATCH && deck.prefixLength(e) == k) {
        out.add(new PlanPrefix(digits.substring(0, k), deck.rate(e)));
      }
    }
    return new PlanDeck(l.card().currency(), out);
  }
}
