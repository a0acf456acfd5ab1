package com.didtron.activities.usage;

import com.didtron.activities.Facade;
import com.didtron.domain.usage.UsageBatch;

/**
 * The seam between the rating pipeline and money: the CDR pipeline calls every sink bean once per
 * stored batch, inside the transaction that stores the batch's CDRs, so charges are applied exactly
 * when the CDRs are. Implementations must be idempotent on {@link UsageBatch#batchId()} (a re-run
 * batch must not charge twice) and must not open their own transaction.
 */
@Facade
public interface UsageChargeSink {
  void apply(UsageBatch batch);
}
