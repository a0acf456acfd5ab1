package com.didtron.activities.testing;

import com.didtron.activities.usage.UsageChargeSink;
import com.didtron.domain.usage.UsageBatch;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Remembers every usage batch the pipeline hands over, next to the real ledger sink (which posts
 * them), so pipeline tests can assert exactly what was handed over.
 */
@Component
public class RecordingUsageSink implements UsageChargeSink {
  private final List<UsageBatch> batches = new CopyOnWriteArrayList<>();

  @Override
  public void apply(UsageBatch batch) {
    batches.add(batch);
  }

  /** The batches of one tenant, in the order they arrived. */
  public List<UsageBatch> of(UUID tenant) {
    return batches.stream().filter(b -> b.tenantId().equals(tenant)).toList();
  }

  /** Every batch charging {@code account}. */
  public List<UsageBatch> charging(UUID account) {
    return batches.stream()
        .filter(b -> b.charges().stream().anyMatch(c -> c.accountId().equals(account)))
        .toList();
  }
}
