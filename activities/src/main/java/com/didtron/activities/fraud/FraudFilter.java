package com.didtron.activities.fraud;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;

/**
 * Which fraud events to list; null fields do not filter.
 *
 * @param openOnly only events not cleared yet
 * @param limit at most this many, newest first (1 to 500)
 */
public record FraudFilter(
    AccountId account, FraudMetric metric, FraudAction action, boolean openOnly, int limit) {
  public static final int MAX = 500;

  public FraudFilter {
    if (limit < 1 || limit > MAX) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX);
    }
  }

  public static FraudFilter all() {
    return new FraudFilter(null, null, null, false, MAX);
  }
}
