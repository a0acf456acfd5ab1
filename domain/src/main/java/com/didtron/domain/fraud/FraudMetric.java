package com.didtron.domain.fraud;

/**
 * What the fraud detector measures per account on its recent CDRs. Each metric has its own window;
 * the thresholds come from the {@code fraud-thresholds.dmn} table.
 */
public enum FraudMetric {
  /** Share (percent) of the answered calls of the last 60 minutes that lasted under 6 seconds. */
  SHORT_CALLS("%"),
  /** Calls started per minute over the last 5 minutes, against the account's usual rate. */
  CALLS_PER_MINUTE("calls/min"),
  /** Customer side: what the account's calls cost it over the last 24 hours. */
  CUSTOMER_SPEND("money"),
  /** Carrier side: what the calls the account terminated cost us over the last 24 hours. */
  CARRIER_COST("money");

  private final String unit;

  FraudMetric(String unit) {
    this.unit = unit;
  }

  /** The unit of the observed value and the threshold, for people. */
  public String unit() {
    return unit;
  }
}
