package com.didtron.activities.fraud;

import com.didtron.decisions.fraud.FraudPolicy;
import com.didtron.decisions.fraud.FraudPolicy.Compared;
import com.didtron.decisions.fraud.FraudPolicy.Verdict;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The pure part of fraud detection: an observation judged by the fraud table, and what that means
 * for the account's open event of the metric. No database, no clock.
 */
final class FraudJudge {
  /** What to do with the event of an account and metric. */
  enum Step {
    /** No open event: open one and take its action. */
    OPEN,
    /** The open event's condition got worse: raise its action and take the stronger one. */
    ESCALATE,
    /** Nothing found, or the open event already covers it: one open event per condition. */
    KEEP
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_RATIO = 1_000_000;

  private final FraudPolicy policy;

  FraudJudge(FraudPolicy policy) {
    this.policy = policy;
  }

  Optional<Finding> judge(AccountKind kind, Observation o) {
    int ratio = ratio(o.value(), o.reference());
    int value =
        o.metric() == FraudMetric.CUSTOMER_SPEND || o.metric() == FraudMetric.CARRIER_COST
            ? 0
            : o.value().setScale(0, RoundingMode.FLOOR).intValueExact();
    Verdict v = policy.evaluate(new FraudPolicy.Input(o.metric(), kind, o.sample(), value, ratio));
    if (v.action().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal threshold =
        v.compared() == Compared.VALUE
            ? BigDecimal.valueOf(v.threshold())
            : o.reference()
                .multiply(BigDecimal.valueOf(v.threshold()))
                .divide(HUNDRED, 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    return Optional.of(
        new Finding(
            o.metric(),
            v.action().get(),
            o.value(),
            threshold,
            o.sample(),
            v.rule() + " — " + figures(o, threshold)));
  }

  /** Whether a finding opens an event, raises the open one, or changes nothing. */
  static Step step(Optional<FraudAction> openAction, Optional<Finding> finding) {
    if (finding.isEmpty()) {
      return Step.KEEP;
    }
    if (openAction.isEmpty()) {
      return Step.OPEN;
    }
    return finding.get().action().strongerThan(openAction.get()) ? Step.ESCALATE : Step.KEEP;
  }

  /** Percent of the reference, rounded down; -1 without one. */
  static int ratio(BigDecimal value, BigDecimal reference) {
    if (reference == null) {
      return -1;
    }
    if (reference.signum() <= 0) {
      return value.signum() > 0 ? MAX_RATIO : 0;
    }
    BigDecimal percent = value.multiply(HUNDRED).divide(reference, 0, RoundingMode.FLOOR);
    return percent.min(BigDecimal.valueOf(MAX_RATIO)).intValueExact();
  }

  private static String figures(Observation o, BigDecimal threshold) {
    String value = plain(o.value());
    return switch (o.metric()) {
      case SHORT_CALLS ->
          value
              + "% of "
              + o.sample()
              + " answered calls were short (threshold "
              + plain(threshold)
              + "%)";
      case CALLS_PER_MINUTE ->
          value
              + " calls/min"
              + (o.reference() == null ? "" : " against a usual " + plain(o.reference()))
              + " (threshold "
              + plain(threshold)
              + " calls/min)";
      case CUSTOMER_SPEND, CARRIER_COST ->
          value
              + " over "
              + o.sample()
              + " calls against a daily cap of "
              + plain(o.reference())
              + " (threshold "
              + plain(threshold)
              + ")";
    };
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
