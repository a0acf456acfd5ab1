package com.didtron.activities.routing;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.fx.FxRates;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.routing.CarrierHealth;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CarrierDeck;
import com.didtron.rating.lcr.CarrierQuote;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.lcr.Lcr;
import com.didtron.rating.lcr.LcrRanking;
import com.didtron.rating.lcr.LcrRequest;
import com.didtron.rating.plan.PlanRoute;
import com.didtron.rating.plan.PlanRule;
import com.didtron.rating.plan.RoutePlanCompiler;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Least-cost routing over the active decks for one customer, number and instant: carriers ranked by
 * their rate converted into the tenant's base currency with the FX service's rates of the instant's
 * day ({@link FxRates}: a manual override, else the published daily rate; carriers in a currency
 * without a rate are listed apart, never compared), each judged by the route policy DMN table
 * (penalty box, loss protection, Premium quality) with the carrier health reported by monitoring
 * ({@link CarrierHealthSource} beans; without one, health is unknown).
 */
@Service
public class RouteTestService {
  private final AccountService accounts;
  private final ActiveDecks decks;
  private final FxRates fx;
  private final RoutePolicy policy;
  private final ObjectProvider<CarrierHealthSource> health;

  RouteTestService(
      AccountService accounts,
      ActiveDecks decks,
      FxRates fx,
      RoutePolicy policy,
      ObjectProvider<CarrierHealthSource> health) {
    this.accounts = accounts;
    this.decks = decks;
    this.fx = fx;
    this.policy = policy;
    this.health = health;
  }

  /** Ranks the tenant's carriers for {@code number} dialled by {@code account} at {@code at}. */
  public RouteTest test(
      Actor actor,
      AccountId account,
      String number,
      Instant at,
      RoutePolicy.Tier tier,
      boolean allowLoss) {
    RatingAccess.requireReader(actor);
    accounts.get(actor, account);
    String digits = CalleeNumber.digits(number == null ? null : number.strip());
    if (digits == null) {
      throw new IllegalArgumentException("The number must be digits with an optional leading +");
    }
    List<ActiveDecks.Loaded> buy = decks.buyDecks(actor.tenantId().value());
    var sellDeck = decks.sellOf(account.value());
    Set<CurrencyCode> currencies = new HashSet<>();
    buy.forEach(l -> currencies.add(l.card().currency()));
    sellDeck.ifPresent(l -> currencies.add(l.card().currency()));
    LocalDate fxDay = fxDay(at);
    CurrencyCode base = fx.baseCurrency(actor.tenantId());
    Map<CurrencyCode, BigDecimal> rates = ratesToBase(actor, base, fxDay, currencies);
    CurrencyConversion toBase = CurrencyConversion.of(base, rates);
    Sell sell = sell(sellDeck, digits, at, toBase, rates.keySet());
    List<CarrierDeck> carriers = new ArrayList<>();
    List<String> noFx = new ArrayList<>();
    Map<String, UUID> ids = new HashMap<>();
    for (ActiveDecks.Loaded l : buy) {
      ids.put(l.card().ownerName(), l.card().ownerId());
      if (rates.containsKey(l.card().currency())) {
        carriers.add(new CarrierDeck(l.card().ownerName(), l.card().currency(), l.deck()));
      } else {
        noFx.add(l.card().ownerName() + " (" + l.card().currency() + ")");
      }
    }
    LcrRanking ranking = Lcr.rank(new LcrRequest(digits, at, carriers, toBase));
    List<RouteOption> options =
        judge(ranking, ids, sell, tier, allowLoss, healthOf(actor.tenantId().value()));
    Optional<PlanRule> rule =
        sell.baseRate == null
            ? Optional.empty()
            : RoutePlanCompiler.compile(
                    PlanInputs.forNumber(
                        new PlanInputs.Context(
                            actor,
                            account.value(),
                            tier,
                            at,
                            sellDeck.get(),
                            buy,
                            rates,
                            base,
                            healthOf(actor.tenantId().value()),
                            policy),
                        digits))
                .ruleFor(digits);
    return new RouteTest(
        digits,
        at,
        base.code(),
        sell.prefix,
        sell.destination,
        sell.rate,
        sell.currency,
        sell.baseRate,
        options,
        ranking.withoutRate(),
        noFx,
        fxDay,
        codes(rates, base),
        rule.map(PlanRule::prefix).orElse(null),
        rule.map(r -> r.carriers().stream().map(PlanRoute::carrierName).toList())
            .orElse(List.of()));
  }

  /**
   * The inputs of {@code account}'s plan at {@code at}, resolved as {@link #test} resolves them.
   */
  PlanInputs.Context planContext(
      Actor actor, AccountId account, RoutePolicy.Tier tier, Instant at) {
    ActiveDecks.Loaded sellDeck =
        decks
            .sellOf(account.value())
            .orElseThrow(
                () -> new IllegalArgumentException("The account has no active sell rate card"));
    List<ActiveDecks.Loaded> buy = decks.buyDecks(actor.tenantId().value());
    Set<CurrencyCode> currencies = new HashSet<>();
    buy.forEach(l -> currencies.add(l.card().currency()));
    currencies.add(sellDeck.card().currency());
    CurrencyCode base = fx.baseCurrency(actor.tenantId());
    Map<CurrencyCode, BigDecimal> rates = ratesToBase(actor, base, fxDay(at), currencies);
    return new PlanInputs.Context(
        actor,
        account.value(),
        tier,
        at,
        sellDeck,
        buy,
        rates,
        base,
        healthOf(actor.tenantId().value()),
        policy);
  }

  /** The day whose rates convert: the instant's day, or today for an instant still to come. */
  private LocalDate fxDay(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    LocalDate today = fx.today();
    return day.isAfter(today) ? today : day;
  }

  /**
   * The rates into {@code base} the FX service knows for {@code day}; currencies without one are
   * left out.
   */
  private Map<CurrencyCode, BigDecimal> ratesToBase(
      Actor actor, CurrencyCode base, LocalDate day, Set<CurrencyCode> currencies) {
    Map<CurrencyCode, BigDecimal> rates = new HashMap<>();
    rates.put(base, BigDecimal.ONE);
    currencies.forEach(
        c -> fx.rate(actor.tenantId(), c, base, day).ifPresent(r -> rates.put(c, r)));
    return rates;
  }

  /** The rates used, by currency code, without the base itself. */
  private static Map<String, BigDecimal> codes(
      Map<CurrencyCode, BigDecimal> rates, CurrencyCode base) {
    Map<String, BigDecimal> out = new TreeMap<>();
    rates.forEach(
        (c, r) -> {
          if (!c.equals(base)) {
            out.put(c.code(), r);
          }
        });
    return out;
  }

  private List<RouteOption> judge(
      LcrRanking ranking,
      Map<String, UUID> ids,
      Sell sell,
      RoutePolicy.Tier tier,
      boolean allowLoss,
      Map<UUID, CarrierHealth> healthy) {
    List<RouteOption> allowed = new ArrayList<>();
    List<RouteOption> dropped = new ArrayList<>();
    for (CarrierQuote q : ranking.quotes()) {
      UUID id = ids.get(q.carrier());
      CarrierHealth h = healthy.getOrDefault(id, CarrierHealth.unknown(id));
      boolean aboveSell = sell.baseRate != null && q.baseRate().compareTo(sell.baseRate) > 0;
      RoutePolicy.Verdict v =
          policy.evaluate(
              new RoutePolicy.Input(
                  tier, h.inPenaltyBox(), aboveSell, allowLoss, h.asrPercent(), h.pddP95Ms()));
      List<RouteOption> list = v.allowed() ? allowed : dropped;
      list.add(
          new RouteOption(
              v.allowed() ? allowed.size() + 1 : 0,
              id,
              q.carrier(),
              q.prefix(),
              q.destination(),
              q.rate(),
              q.currency().code(),
              q.baseRate(),
              q.connectFee(),
              q.initialIncrement(),
              q.subsequentIncrement(),
              h,
              v.allowed(),
              v.rule()));
    }
    allowed.addAll(dropped);
    return allowed;
  }

  private Map<UUID, CarrierHealth> healthOf(UUID tenant) {
    Map<UUID, CarrierHealth> all = new HashMap<>();
    health.orderedStream().forEach(source -> all.putAll(source.current(tenant)));
    return all;
  }

  /** The customer's sell price for the number, or all nulls when it has none. */
  private record Sell(
      String prefix, String destination, BigDecimal rate, String currency, BigDecimal baseRate) {}

  private static Sell sell(
      Optional<ActiveDecks.Loaded> loaded,
      String digits,
      Instant at,
      CurrencyConversion toBase,
      Set<CurrencyCode> known) {
    if (loaded.isEmpty()) {
      return new Sell(null, null, null, null, null);
    }
    CompiledDeck deck = loaded.get().deck();
    int e = deck.find(digits, at);
    if (e == CompiledDeck.NO_MATCH) {
      return new Sell(null, null, null, null, null);
    }
    CurrencyCode currency = loaded.get().card().currency();
    BigDecimal inBase =
        known.contains(currency) ? deck.rate(e).multiply(toBase.rateToBase(currency)) : null;
    return new Sell(
        digits.substring(0, deck.prefixLength(e)),
        deck.destination(e),
        deck.rate(e),
        currency.code(),
        inBase);
  }
}
