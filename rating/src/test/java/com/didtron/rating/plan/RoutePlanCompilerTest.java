package com.didtron.rating.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.fixtures.Entries;
import com.didtron.rating.lcr.CurrencyConversion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoutePlanCompilerTest {
  static final CurrencyCode USD = CurrencyCode.of("USD");
  static final CurrencyCode EUR = CurrencyCode.of("EUR");
  static final CurrencyConversion FX =
      CurrencyConversion.of(USD, Map.of(EUR, new BigDecimal("1.10")));

  /** {@code deck(USD, "44=0.02", "447=0.01")}. */
  static PlanDeck deck(CurrencyCode currency, String... prefixRates) {
    List<PlanPrefix> out = new ArrayList<>();
    for (String pr : prefixRates) {
      String[] p = pr.split("=");
      out.add(new PlanPrefix(p[0], new BigDecimal(p[1])));
    }
    return new PlanDeck(currency, out);
  }

  static PlanCarrier carrier(String name, String... prefixRates) {
    return new PlanCarrier("id-" + name, name, deck(USD, prefixRates));
  }

  static RoutePlan compile(PlanDeck sell, PlanPolicy policy, PlanCarrier... carriers) {
    return RoutePlanCompiler.compile(
        new RoutePlanRequest("c1", "STANDARD", sell, List.of(carriers), FX, policy));
  }

  static RoutePlan compile(PlanDeck sell, PlanCarrier... carriers) {
    return compile(sell, PlanPolicy.lossProtection(false), carriers);
  }

  /** {@code "44 -> B,A"} per rule. */
  static List<String> lines(RoutePlan plan) {
    return plan.rules().stream()
        .map(
            r ->
                r.prefix()
                    + " -> "
                    + r.carriers().stream()
                        .map(PlanRoute::carrierName)
                        .collect(Collectors.joining(",")))
        .toList();
  }

  @Test
  void aLongerCheaperBuyPrefixUnderASellPrefixGetsItsOwnRuleWithTheSellRateOfTheSellPrefix() {
    RoutePlan plan =
        compile(deck(USD, "44=0.05"), carrier("A", "44=0.03", "447=0.01"), carrier("B", "44=0.02"));

    assertThat(lines(plan)).containsExactly("44 -> B,A", "447 -> A,B");
    PlanRule mobile = plan.rules().get(1);
    assertThat(mobile.sellPrefix()).isEqualTo("44");
    assertThat(mobile.sellRate()).isEqualByComparingTo("0.05");
    assertThat(mobile.carriers()).extracting(PlanRoute::buyPrefix).containsExactly("447", "44");
    assertThat(plan.ruleFor("447700900123").orElseThrow().prefix()).isEqualTo("447");
    assertThat(plan.ruleFor("442071234567").orElseThrow().prefix()).isEqualTo("44");
  }

  @Test
  void aLongerBuyPrefixThatDoesNotChangeTheOrderAddsNoRule() {
    RoutePlan plan =
        compile(
            deck(USD, "44=0.05"), carrier("A", "44=0.01", "447=0.015"), carrier("B", "44=0.02"));

    assertThat(lines(plan)).containsExactly("44 -> A,B");
  }

  @Test
  void aCarrierPricedOnlyByAShorterPrefixIsRankedAtTheSellPrefix() {
    RoutePlan plan = compile(deck(USD, "44=0.05"), carrier("A", "4=0.04"), carrier("B", "44=0.02"));

    assertThat(lines(plan)).containsExactly("44 -> B,A");
    assertThat(plan.rules().get(0).carriers().get(1).buyPrefix()).isEqualTo("4");
  }

  @Test
  void buyPrefixesOutsideEverySellPrefixAddNoRule() {
    RoutePlan plan = compile(deck(USD, "44=0.05"), carrier("A", "33=0.01", "44=0.02", "4=0.01"));

    assertThat(lines(plan)).containsExactly("44 -> A");
    assertThat(plan.ruleFor("33123")).isEmpty();
  }

  @Test
  void ratesAreComparedInTheBaseCurrency() {
    PlanCarrier euro = new PlanCarrier("id-E", "E", deck(EUR, "44=0.0100"));
    RoutePlan plan = compile(deck(USD, "44=0.05"), euro, carrier("U", "44=0.0105"));

    assertThat(lines(plan)).containsExactly("44 -> U,E");
    assertThat(plan.rules().get(0).carriers().get(1).baseRate()).isEqualByComparingTo("0.011");
  }

  @Test
  void aCarrierThePolicyDropsIsLeftOutOfEveryRule() {
    PlanPolicy penaltyBox = (c, aboveSell) -> !c.name().equals("A");
    RoutePlan plan =
        compile(
            deck(USD, "44=0.05"),
            penaltyBox,
            carrier("A", "44=0.01", "447=0.001"),
            carrier("B", "44=0.02"));

    assertThat(lines(plan)).containsExactly("44 -> B");
  }

  @Test
  void lossProtectionDropsACarrierAboveTheSellRateUnlessLossIsAllowed() {
    PlanDeck sell = deck(USD, "44=0.02", "447=0.10");
    PlanCarrier a = carrier("A", "44=0.03");
    PlanCarrier b = carrier("B", "44=0.02");

    assertThat(lines(compile(sell, a, b))).containsExactly("44 -> B", "447 -> B,A");
    assertThat(lines(compile(sell, PlanPolicy.lossProtection(true), a, b)))
        .containsExactly("44 -> B,A", "447 -> B,A");
  }

  @Test
  void aSellPrefixNoCarrierMayCarryKeepsAnEmptyRuleSoItIsNotRoutedByAShorterOne() {
    RoutePlan plan = compile(deck(USD, "44=0.05", "449=0.001"), carrier("A", "44=0.01"));

    assertThat(lines(plan)).containsExactly("44 -> A", "449 -> ");
    assertThat(plan.ruleFor("4491").orElseThrow().carriers()).isEmpty();
  }

  @Test
  void equalRatesAreOrderedByCarrierNameThenId() {
    PlanCarrier zeta = carrier("Zeta", "44=0.01");
    PlanCarrier alpha2 = new PlanCarrier("id-2", "Alpha", deck(USD, "44=0.0100"));
    PlanCarrier alpha1 = new PlanCarrier("id-1", "Alpha", deck(USD, "44=0.010"));
    RoutePlan plan = compile(deck(USD, "44=0.05"), zeta, alpha2, alpha1);

    assertThat(plan.rules().get(0).carrierIds()).containsExactly("id-1", "id-2", "id-Zeta");
  }

  @Test
  void emptyDecksGiveAnEmptyPlanOrRulesWithoutCarriers() {
    assertThat(compile(deck(USD)).rules()).isEmpty();
    assertThat(compile(deck(USD), carrier("A", "44=0.01")).rules()).isEmpty();
    assertThat(lines(compile(deck(USD, "44=0.05")))).containsExactly("44 -> ");
  }

  @Test
  void theOrderOfTheCarriersGivenDoesNotChangeThePlanOrItsFingerprint() {
    PlanDeck sell = deck(USD, "44=0.05", "33=0.05");
    PlanCarrier a = carrier("A", "44=0.03", "447=0.01", "33=0.01");
    PlanCarrier b = carrier("B", "44=0.02", "3312=0.001");
    RoutePlan ab = compile(sell, a, b);
    RoutePlan ba = compile(sell, b, a);

    assertThat(lines(ab))
        .isEqualTo(lines(ba))
        .containsExactly("33 -> A", "3312 -> B,A", "44 -> B,A", "447 -> A,B");
    assertThat(ab.fingerprint()).isEqualTo(ba.fingerprint()).hasSize(64);
    assertThat(compile(sell, a).fingerprint()).isNotEqualTo(ab.fingerprint());
  }

  @Test
  void aPrefixListedTwiceInOneDeckIsRefused() {
    assertThatThrownBy(() -> compile(deck(USD, "44=0.05", "44=0.06")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix 44 twice");
    assertThatThrownBy(() -> compile(deck(USD, "44=0.05"), carrier("A", "44=0.01", "44=0.02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A lists prefix 44");
  }

  @Test
  void effectivePrefixesAreReadFromACompiledDeckAtTheInstant() {
    var compiled =
        Entries.deck(
            Entries.entry("44", "0.02", "0", "60/6", "2026-01-01", "2026-06-01"),
            Entries.entry("44", "0.03", "0", "60/6", "2026-06-01", null),
            Entries.entry("4412345678901234567", "0.04", "60/6", "2026-01-01"),
            Entries.entry("33", "0.01", "60/6", "2026-09-01"));

    PlanDeck march = PlanDecks.effective(compiled, USD, Entries.instant("2026-03-01"));

    assertThat(march.prefixes())
        .extracting(p -> p.prefix() + "=" + p.rate().stripTrailingZeros())
        .containsExactly("44=0.02", "4412345678901234567=0.04");
    assertThat(PlanDecks.effective(compiled, USD, Entries.instant("2026-10-01")).prefixes())
        .extracting(PlanPrefix::prefix)
        .containsExactly("33", "44", "4412345678901234567");
  }
}
