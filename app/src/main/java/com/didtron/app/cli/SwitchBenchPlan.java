package com.didtron.app.cli;

import com.didtron.activities.switchsync.RouteRule;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.plan.PlanCarrier;
import com.didtron.rating.plan.PlanDeck;
import com.didtron.rating.plan.PlanDecks;
import com.didtron.rating.plan.PlanPolicy;
import com.didtron.rating.plan.PlanRule;
import com.didtron.rating.plan.RoutePlan;
import com.didtron.rating.plan.RoutePlanCompiler;
import com.didtron.rating.plan.RoutePlanRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The routing plan of {@code didtron bench switch}: a synthetic sell deck of N prefixes and two buy
 * decks (as in {@code didtron bench rating}), four carriers A–D over two currencies, compiled by
 * {@link RoutePlanCompiler} into the rules the switch receives.
 */
final class SwitchBenchPlan {
  static final List<String> CARRIERS = List.of("A", "B", "C", "D");
  private final CompiledDeck sell;
  private final CompiledDeck buy;

  private SwitchBenchPlan(CompiledDeck sell, CompiledDeck buy) {
    this.sell = sell;
    this.buy = buy;
  }

  /** Writes and compiles the decks (not timed: in the platform they are compiled already). */
  static SwitchBenchPlan decks(int prefixes, Path dir) throws IOException {
    List<String> digits = SyntheticData.prefixes(prefixes, 1);
    Path sellFile = dir.resolve("sell.csv");
    Path buyFile = dir.resolve("buy.csv");
    SyntheticData.writeDeck(sellFile, digits, 2);
    SyntheticData.writeDeck(buyFile, digits, 3);
    return new SwitchBenchPlan(
        CompiledDeck.compile("sell", null, DeckParser.parse(sellFile).entries()),
        CompiledDeck.compile("buy", null, DeckParser.parse(buyFile).entries()));
  }

  /**
   * The plan as the switch receives it: every rule that some carrier may carry, each carrier as its
   * gateway key ({@code gatewayOf}: its egress trunk's id).
   */
  List<RouteRule> compile(Function<String, String> gatewayOf) {
    CurrencyCode usd = CurrencyCode.of("USD");
    CurrencyCode eur = CurrencyCode.of("EUR");
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    PlanDeck sellPlan = PlanDecks.effective(sell, usd, at);
    RoutePlan plan =
        RoutePlanCompiler.compile(
            new RoutePlanRequest(
                "BENCH",
                "STANDARD",
                sellPlan,
                List.of(
                    new PlanCarrier("A", "A", sellPlan),
                    new PlanCarrier("B", "B", PlanDecks.effective(buy, eur, at)),
                    new PlanCarrier("C", "C", PlanDecks.effective(buy, usd, at)),
                    new PlanCarrier("D", "D", PlanDecks.effective(sell, eur, at))),
                CurrencyConversion.of(usd, Map.of(eur, new BigDecimal("1.0825"))),
                PlanPolicy.lossProtection(false)));
    List<RouteRule> rules = new ArrayList<>(plan.rules().size());
    for (PlanRule r : plan.rules()) {
      if (!r.carriers().isEmpty()) {
        rules.add(new RouteRule(r.prefix(), 0, r.carrierIds().stream().map(gatewayOf).toList()));
      }
    }
    return rules;
  }

  /** {@code count} numbers under random rules of the plan, for the load steps. */
  static List<String> numbers(List<RouteRule> rules, int count) {
    Random random = new Random(7);
    List<String> numbers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      numbers.add(number(rules.get(random.nextInt(rules.size()))));
    }
    return numbers;
  }

  /** A number under {@code rule}'s prefix. */
  static String number(RouteRule rule) {
    StringBuilder n = new StringBuilder(rule.prefix());
    while (n.length() < 12) {
      n.append('0');
    }
    return n.toString();
  }
}
