package com.didtron.decisions.siptest;

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
 * When carrier monitoring raises and clears alerts, from the {@code carrier-alerts.dmn} table:
 * raise thresholds, reset thresholds (an alert is cleared only once the metric is clearly back),
 * severity and whether the alert puts the carrier in the routing penalty box. Verdicts are cached
 * per distinct input (ASR in whole percent, PDD in 100 ms steps, the window size capped at 50), so
 * the DMN engine runs once per distinct situation.
 */
public final class CarrierAlertPolicy {
  /** What is measured. */
  public enum Metric {
    ASR,
    PDD_P95,
    OPTIONS_FAILURES
  }

  /** What to do about the metric's alert. */
  public enum Action {
    RAISE,
    CLEAR,
    KEEP
  }

  /** How many calls the ASR and PDD window holds. */
  public static final int WINDOW_CALLS = 50;

  /**
   * One metric of one carrier.
   *
   * @param value ASR in percent, PDD p95 in ms, or consecutive OPTIONS failures
   * @param sample calls in the window (ignored for OPTIONS)
   * @param open whether an alert of this metric is open for the carrier
   */
  public record Input(Metric metric, int value, int sample, boolean open) {
    Input bucketed() {
      int v =
          metric == Metric.PDD_P95
              ? (value + 99) / 100 * 100
              : metric == Metric.OPTIONS_FAILURES ? Math.min(value, 100) : value;
      return new Input(
          metric, v, metric == Metric.OPTIONS_FAILURES ? 0 : Math.min(sample, WINDOW_CALLS), open);
    }
  }

  /** The table's answer and the row that gave it. */
  public record Verdict(Action action, String severity, boolean penaltyBox, String rule) {}

  static final String RESOURCE = "/decisions/carrier-alerts.dmn";

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Map<Input, Verdict> cache = new ConcurrentHashMap<>();

  private CarrierAlertPolicy(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  /** The table shipped with the platform. */
  public static CarrierAlertPolicy standard() {
    try (InputStream in = CarrierAlertPolicy.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A published table; parsing fails on an invalid one. */
  public static CarrierAlertPolicy parse(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return new CarrierAlertPolicy(engine, engine.parseDecision("carrierAlerts", dmn));
  }

  public Verdict evaluate(Input input) {
    return cache.computeIfAbsent(input.bucketed(), this::decide);
  }

  private Verdict decide(Input in) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("metric", in.metric().name())
            .putValue("value", in.value())
            .putValue("sample", in.sample())
            .putValue("open", in.open());
    DmnDecisionResultEntries row = engine.evaluateDecision(decision, variables).getFirstResult();
    if (row == null) {
      return new Verdict(Action.KEEP, "MINOR", false, "No rule of the alert table matched");
    }
    return new Verdict(
        Action.valueOf(row.getEntry("action")),
        row.getEntry("severity"),
        Boolean.TRUE.equals(row.getEntry("penaltyBox")),
        row.getEntry("rule"));
  }

  /** Distinct inputs decided so far. */
  public int decided() {
    return cache.size();
  }
}
