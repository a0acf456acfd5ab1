package com.didtron.decisions.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Which carriers a route may use, from the {@code route-policy.dmn} table: penalty box, loss
 * protection, and quality tiers (Premium only via carriers whose recent ASR and PDD pass). The
 * table is evaluated once per distinct input and the verdict cached (ASR in whole percent, PDD in
 * 100 ms steps), so LCR never runs the DMN engine per call.
 */
public final class RoutePolicy {
  /** The quality a route promises its customers. */
  public enum Tier {
    STANDARD,
    PREMIUM
  }

  /**
   * One carrier on one route.
   *
   * @param asrPercent recent answer-seizure ratio in percent, or null when unknown
   * @param pddP95Ms recent 95th-percentile post-dial delay in milliseconds, or null when unknown
   */
  public record Input(
      Tier tier,
      boolean inPenaltyBox,
      boolean costAboveSell,
      boolean lossAllowed,
      Integer asrPercent,
      Integer pddP95Ms) {

    /** The same input in the cache's steps: whole percent, PDD rounded up to 100 ms. */
    Input bucketed() {
      Integer pdd = pddP95Ms == null ? null : (pddP95Ms + 99) / 100 * 100;
      return new Input(tier, inPenaltyBox, costAboveSell, lossAllowed, asrPercent, pdd);
    }
  }

  /** Whether the carrier may be used, and the table row that decided it. */
  public record Verdict(boolean allowed, String rule) {}

  static final String RESOURCE = "/decisions/route-policy.dmn";
  private static final int MAX_CACHED = 100_000;

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Map<Input, Verdict> cache = new ConcurrentHashMap<>();

  private RoutePolicy(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  /** The table shipped with the platform. */
  public static RoutePolicy standard() {
    try (InputStream in = RoutePolicy.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A published table, e.g. one an analyst edited; parsing fails on an invalid table. */
  public static RoutePolicy parse(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return new RoutePolicy(engine, engine.parseDecision("routePolicy", dmn));
  }

  public Verdict evaluate(Input input) {
    Input key = input.bucketed();
    Verdict cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    return cache.computeIfAbsent(key, this::decide);
  }

  private Verdict decide(Input in) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("tier", in.tier().name())
            .putValue("inPenaltyBox", in.inPenaltyBox())
            .putValue("costAboveSell", in.costAboveSell())
            .putValue("lossAllowed", in.lossAllowed())
            .putValue("qualityKnown", in.asrPercent() != null && in.pddP95Ms() != null)
            .putValue("asrPercent", in.asrPercent())
            .putValue("pddP95Ms", in.pddP95Ms());
    DmnDecisionResultEntries row = engine.evaluateDecision(decision, variables).getFirstResult();
    if (row == null) {
      return new Verdict(false, "No rule of the route policy matched");
    }
    return new Verdict(Boolean.TRUE.equals(row.getEntry("allowed")), row.getEntry("rule"));
  }

  /** How many distinct inputs were decided so far (for tests and monitoring). */
  public int decided() {
    return cache.size();
  }
}
