package com.didtron.rating.plan;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a customer's routing plan, a pure function. Every prefix of the sell deck and of the buy
 * decks is merged into one sorted list and walked once, depth first, with a stack of the enclosing
 * prefixes: at each prefix every carrier's price is the rate of its longest buy prefix covering it
 * (inherited from the stack), and the sell rate that of the longest sell prefix. A rule is emitted
 * at every sell prefix, and at every longer buy prefix under one where the ranked carriers differ
 * from the rule the switch would otherwise use, so that longest-prefix routing in the switch gives
 * every number the same carriers, in the same order, as {@code Lcr} for that number filtered by the
 * policy. Carriers rank by base-currency rate, then name, then id.
 */
public final class RoutePlanCompiler {
  private RoutePlanCompiler() {}

  /** The plan for {@code request}; a prefix listed twice in one deck is refused. */
  public static RoutePlan compile(RoutePlanRequest request) {
    List<PlanCarrier> carriers = request.carriers();
    int[] tieRank = tieRanks(carriers);
    Map<String, Point> points = merge(request);
    String[] sorted = points.keySet().toArray(String[]::new);
    Arrays.sort(sorted);
    PlanPolicy policy = request.policy();
    List<PlanRule> rules = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(
        new Frame(
            "", new BigDecimal[carriers.size()], new String[carriers.size()], null, null, null));
    for (String prefix : sorted) {
      while (!prefix.startsWith(stack.peek().prefix)) {
        stack.pop();
      }
      Frame frame = stack.peek().child(prefix, points.get(prefix));
      if (frame.sellRate != null) {
        boolean sellPrefix = frame.sellPrefix.equals(prefix);
        List<PlanRoute> ranked = rank(frame, carriers, tieRank, policy);
        if (sellPrefix || !sameCarriers(ranked, stack.peek().effective)) {
          rules.add(new PlanRule(prefix, ranked, frame.sellPrefix, frame.sellRate));
          frame.effective = ranked;
        } else {
          frame.effective = stack.peek().effective;
        }
      }
      stack.push(frame);
    }
    return new RoutePlan(request.customer(), request.tier(), rules);
  }

  /** Every prefix of every deck with the sell rate and the carriers' rates in the base currency. */
  private static Map<String, Point> merge(RoutePlanRequest request) {
    Map<String, Point> points = new HashMap<>();
    BigDecimal sellFactor = request.toBase().rateToBase(request.sell().currency());
    for (PlanPrefix p : request.sell().prefixes()) {
      Point point = points.computeIfAbsent(p.prefix(), k -> new Point());
      if (point.sell != null) {
        throw new IllegalArgumentException("the sell deck lists prefix " + p.prefix() + " twice");
      }
      point.sell = inBase(p.rate(), sellFactor);
    }
    for (int c = 0; c < request.carriers().size(); c++) {
      PlanCarrier carrier = request.carriers().get(c);
      BigDecimal factor = request.toBase().rateToBase(carrier.deck().currency());
      for (PlanPrefix p : carrier.deck().prefixes()) {
        Point point = points.computeIfAbsent(p.prefix(), k -> new Point());
        if (!point.add(c, inBase(p.rate(), factor))) {
          throw new IllegalArgumentException(
              "the deck of " + carrier.name() + " lists prefix " + p.prefix() + " twice");
        }
      }
    }
    return points;
  }

  private static BigDecimal inBase(BigDecimal rate, BigDecimal factor) {
    return factor.compareTo(BigDecimal.ONE) == 0 ? rate : rate.multiply(factor);
  }

  /** Each carrier's place among equal rates: by name, then id. */
  private static int[] tieRanks(List<PlanCarrier> carriers) {
    Integer[] order = new Integer[carriers.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> carriers.get(i).name())
            .thenComparing(i -> carriers.get(i).id()));
    int[] rank = new int[carriers.size()];
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k;
    }
    return rank;
  }

  private static List<PlanRoute> rank(
      Frame frame, List<PlanCarrier> carriers, int[] tieRank, PlanPolicy policy) {
    List<Integer> priced = new ArrayList<>();
    for (int c = 0; c < frame.buyRate.length; c++) {
      if (frame.buyRate[c] != null) {
        priced.add(c);
      }
    }
    priced.sort(
        Comparator.comparing((Integer c) -> frame.buyRate[c]).thenComparingInt(c -> tieRank[c]));
    List<PlanRoute> out = new ArrayList<>(priced.size());
    for (int c : priced) {
      PlanCarrier carrier = carriers.get(c);
      boolean aboveSell = frame.buyRate[c].compareTo(frame.sellRate) > 0;
      if (policy.allows(carrier, aboveSell)) {
        out.add(new PlanRoute(carrier.id(), carrier.name(), frame.buyPrefix[c], frame.buyRate[c]));
      }
    }
    return out;
  }

  private static boolean sameCarriers(List<PlanRoute> a, List<PlanRoute> b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (!a.get(k).carrierId().equals(b.get(k).carrierId())) {
        return false;
      }
    }
    return true;
  }

  /** The rates listed at one prefix: the sell rate and the carriers that list it. */
  private static final class Point {
    BigDecimal sell;
    int[] carrier = new int[1];
    BigDecimal[] rate = new BigDecimal[1];
    int size;

    boolean add(int c, BigDecimal r) {
      if (size > 0 && carrier[size - 1] == c) {
        return false;
      }
      if (size == carrier.length) {
        carrier = Arrays.copyOf(carrier, size * 2);
        rate = Arrays.copyOf(rate, size * 2);
      }
      carrier[size] = c;
      rate[size++] = r;
      return true;
    }
  }

  /** What holds at one prefix of the walk: inherited prices, overridden by its own. */
  private static final class Frame {
    final String prefix;
    final BigDecimal[] buyRate;
    final String[] buyPrefix;
    final BigDecimal sellRate;
    final String sellPrefix;
    List<PlanRoute> effective;

    Frame(
        String prefix,
        BigDecimal[] buyRate,
        String[] buyPrefix,
        BigDecimal sellRate,
        String sellPrefix,
        List<PlanRoute> effective) {
      this.prefix = prefix;
      this.buyRate = buyRate;
      this.buyPrefix = buyPrefix;
      this.sellRate = sellRate;
      this.sellPrefix = sellPrefix;
      this.effective = effective;
    }

    Frame child(String childPrefix, Point point) {
      BigDecimal[] rates = buyRate.clone();
      String[] prefixes = buyPrefix.clone();
      for (int k = 0; k < point.size; k++) {
        rates[point.carrier[k]] = point.rate[k];
        prefixes[point.carrier[k]] = childPrefix;
      }
      return point.sell == null
          ? new Frame(childPrefix, rates, prefixes, sellRate, sellPrefix, null)
          : new Frame(childPrefix, rates, prefixes, point.sell, childPrefix, null);
    }
  }
}
