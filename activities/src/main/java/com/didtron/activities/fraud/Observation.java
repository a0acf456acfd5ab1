package com.didtron.activities.fraud;

import com.didtron.domain.fraud.FraudMetric;
import java.math.BigDecimal;

/**
 * One metric of one account as measured on its CDRs.
 *
 * @param sample the calls the value comes from
 * @param value the metric in its unit: percent of short answered calls, calls per minute, money
 * @param reference what the value is compared with, or null: the usual calls per minute, the daily
 *     spend cap
 */
record Observation(FraudMetric metric, int sample, BigDecimal value, BigDecimal reference) {}
