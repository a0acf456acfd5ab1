package com.didtron.rating.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.fixtures.Entries;
import com.didtron.rating.lcr.CarrierDeck;
import com.didtron.rating.lcr.CarrierQuote;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.lcr.Lcr;
import com.didtron.rating.lcr.LcrRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan's longest matching rule routes every number like LCR does for that number. */
class RoutePlanPropertyTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");
  private static final CurrencyCode EUR = CurrencyCode.of("EUR");
  private static final CurrencyConversion FX =
      CurrencyConversion.of(USD, Map.of(EUR, new BigDecimal("1.1")));
  private static final Instant AT = Entries.instant("2026-03-01");
  private static final String[] RATES = {"0.010", "0.011", "0.012", "0.020", "0.030"};

  @Test
  void forRandomDecksAndNumbersThePlanRuleGivesTheSameCarriersInTheSameOrderAsLcr() {
    Random random = new Random(20261203);
    for (int round = 0; round < 200; round++) {
      boolean allowLoss = random.nextBoolean();
      Map<String, String> sell = randomDeck(random, 6);
      List<PlanCarrier> carriers = new ArrayList<>();
      List<CarrierDeck> lcrDecks = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int c = 0; c < count; c++) {
        CurrencyCode currency = random.nextBoolean() ? USD : EUR;
        String name = "C" + random.nextInt(3);
        Map<String, String> buy = randomDeck(random, 8);
        carriers.add(new PlanCarrier(name, name, deck(currency, buy)));
        lcrDecks.add(new CarrierDeck(name, currency, compiled(currency, buy)));
      }
      if (carriers.stream().map(PlanCarrier::id).distinct().count() < carriers.size()) {
        continue; // carrier names are unique within a tenant
      }
      RoutePlan plan =
          RoutePlanCompiler.compile(
              new RoutePlanRequest(
                  "c",
                  "STANDARD",
                  deck(USD, sell),
                  carriers,
                  FX,
                  PlanPolicy.lossProtection(allowLoss)));
      CompiledDeck sellDeck = compiled(USD, sell);
      for (int n = 0; n < 50; n++) {
        String number = randomDigits(random, 6);
        int s = sellDeck.find(number, AT);
        if (s == CompiledDeck.NO_MATCH) {
          assertThat(plan.ruleFor(number)).as(number).isEmpty();
          continue;
        }
        BigDecimal sellRate = sellDeck.rate(s);
        List<String> expected =
            Lcr.rank(new LcrRequest(number, AT, lcrDecks, FX)).quotes().stream()
                .filter(q -> allowLoss || q.baseRate().compareTo(sellRate) <= 0)
                .map(CarrierQuote::carrier)
                .toList();
        PlanRule rule = plan.ruleFor(number).orElseThrow();
        assertThat(rule.carrierIds()).as("round %d number %s", round, number).isEqualTo(expected);
        assertThat(rule.sellRate()).isEqualByComparingTo(sellRate);
      }
    }
  }

  private static Map<String, String> randomDeck(Random random, int size) {
    Map<String, String> deck = new LinkedHashMap<>();
    int n = random.nextInt(size + 1);
    for (int k = 0; k < n; k++) {
      deck.put(randomDigits(random, 1 + random.nextInt(4)), RATES[random.nextInt(RATES.length)]);
    }
    return deck;
  }

  /** Digits from a small alphabet so prefixes nest often. */
  private static String randomDigits(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      b.append((char) ('1' + random.nextInt(3)));
    }
    return b.toString();
  }

  private static PlanDeck deck(CurrencyCode currency, Map<String, String> entries) {
    List<PlanPrefix> prefixes = new ArrayList<>();
    entries.forEach((p, r) -> prefixes.add(new PlanPrefix(p, new BigDecimal(r))));
    return new PlanDeck(currency, prefixes);
  }

  private static CompiledDeck compiled(CurrencyCode currency, Map<String, String> entries) {
    List<RateEntry> list = new ArrayList<>();
    entries.forEach((p, r) -> list.add(Entries.entry(p, r, "60/6", "2026-01-01")));
    return CompiledDeck.compile("d", currency, list);
  }
}
