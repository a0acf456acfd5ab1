package com.didtron.activities.fraud;

import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;
import java.math.BigDecimal;

/** A threshold of the fraud table reached by an observation, with the action it calls for. */
record Finding(
    FraudMetric metric,
    FraudAction action,
    BigDecimal observed,
    BigDecimal threshold,
    int sample,
    String reason) {}
