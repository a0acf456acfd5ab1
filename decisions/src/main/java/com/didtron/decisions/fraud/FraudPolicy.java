package com.didtron.decisions.fraud;

import com.didtron.domain.account.AccountKind;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The fraud detector's thresholds and actions, from the {@code fraud-thresholds.dmn} table: per
 * metric and account kind, which action a measured value calls for and which threshold it reached.
 * Verdicts are cached per distinct input (figures capped, so the cache stays small).
 */
public final class FraudPolicy {
  /** Which input the threshold applies to. */
  public enum Compared {
    /** The metric's value (percent of short calls, calls per minute). */
    VALUE,
    /** The percent of the reference (usual calls per minute, daily spend cap). */
    RATIO
  }

  /** Figures above this are judged as this (the table's thresholds are far below it). */
  static final int CAP = 1_000_000;

  /**
   * One metric of one account.
   *
   * @param sample calls in the metric's window
   * @param value the metric in its unit (percent short, calls per minute), 0 for spend
   * @param ratio percent of the usual rate or of the cap, -1 without a reference
   */
  public record Input(FraudMetric metric, AccountKind kind, int sample, int value, int ratio) {
    Input capped() {
      return new Input(
          metric,
          kind,
          Math.min(sample, CAP),
          Math.min(value, CAP),
          ratio < 0 ? -1 : Math.min(ratio, CAP));
    }
  }

  /**
   * The table's answer.
   *
   * @param action what to do; empty when no threshold is reached
   * @param threshold the threshold reached, in the unit of {@code compared}
   * @param rule the reason, in words
   */
  public record Verdict(
      Optional<FraudAction> action, int threshold, Compared compared, String rule) {}

  static final String RESOURCE = "/decisions/fraud-thresholds.dmn";

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Map<Input, Verdict> cache = new ConcurrentHashMap<>();

  private FraudPolicy(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  /** The table shipped with the platform. */
  public static FraudPolicy standard() {
    try (InputStream in = FraudPolicy.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A published table; parsing fails on an invalid one. */
  public static FraudPolicy parse(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return new FraudPolicy(engine, engine.parseDecision("fraudThresholds", dmn));
  }

  public Verdict evaluate(Input input) {
    return cache.computeIfAbsent(input.capped(), this::decide);
  }

  private Verdict decide(Input in) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("metric", in.metric().name())
            .putValue("accountKind", in.kind().name())
            .putValue("sample", in.sample())
            .putValue("value", in.value())
            .putValue("ratio", in.ratio());
    DmnDecisionResultEntries row = engine.evaluateDecision(decision, variables).getFirstResult();
    if (row == null || "NONE".equals(row.getEntry("action"))) {
      return new Verdict(Optional.empty(), 0, Compared.VALUE, "No threshold reached");
    }
    return new Verdict(
        Optional.of(FraudAction.valueOf(row.getEntry("action"))),
        ((Number) row.getEntry("threshold")).intValue(),
        Compared.valueOf(row.getEntry("compared")),
        row.getEntry("rule"));
  }

  /** Distinct inputs decided so far. */
  public int decided() {
    return cache.size();
  }
}
