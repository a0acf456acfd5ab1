package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.USAGE_BATCH;
import static com.didtron.activities.db.Tables.USAGE_CHARGE;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.usage.UsageChargeSink;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage batches: the charges of a stored chunk of CDRs (or of a re-rated one), summed per account,
 * leg and currency, stored and handed to every {@link UsageChargeSink} (the ledger) inside the
 * transaction that stores the CDRs, so charges apply exactly when the CDRs do.
 */
@Component
class UsageBatches {
  private final DSLContext db;
  private final ObjectProvider<UsageChargeSink> sinks;
  private final AuditTrail audit;
  private final Clock clock;

  UsageBatches(
      DSLContext db, ObjectProvider<UsageChargeSink> sinks, AuditTrail audit, Clock clock) {
    this.db = db;
    this.sinks = sinks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a batch (kind INGEST or RERATE) covering {@code cdrs} CDRs. */
  @Transactional(propagation = Propagation.MANDATORY)
  void open(
      Actor actor,
      UUID batchId,
      String kind,
      UUID ingestId,
      String source,
      String workflowId,
      long cdrs) {
    db.insertInto(USAGE_BATCH)
        .set(USAGE_BATCH.ID, batchId)
        .set(USAGE_BATCH.TENANT_ID, actor.tenantId().value())
        .set(USAGE_BATCH.KIND, kind)
        .set(USAGE_BATCH.INGEST_ID, ingestId)
        .set(USAGE_BATCH.SOURCE, source)
        .set(USAGE_BATCH.WORKFLOW_ID, workflowId)
        .set(USAGE_BATCH.CDRS, cdrs)
        .set(USAGE_BATCH.CREATED_AT, clock.instant())
        .execute();
  }

  /**
   * Stores the batch's charges and their shares per destination, audits them and hands them to the
   * sinks (none: nothing to do).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void charge(Actor actor, UUID batchId, String source, String workflowId, UsageTotals totals) {
    List<UsageCharge> charges = totals.charges();
    if (charges.isEmpty()) {
      return;
    }
    var insert =
        db.insertInto(
            USAGE_CHARGE,
            USAGE_CHARGE.BATCH_ID,
            USAGE_CHARGE.ACCOUNT_ID,
            USAGE_CHARGE.LEG,
            USAGE_CHARGE.CURRENCY,
            USAGE_CHARGE.AMOUNT,
            USAGE_CHARGE.CALLS,
            USAGE_CHARGE.BILLABLE_SECONDS);
    for (UsageCharge c : charges) {
      insert =
          insert.values(
              batchId,
              c.accountId(),
              c.leg().name(),
              c.amount().currency().code(),
              c.amount().amount(),
              c.calls(),
              c.billableSeconds());
    }
    insert.execute();
    CdrCopy.usageByDestination(db, batchId, totals.byDestination());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        "usage_batch",
        batchId.toString(),
        null,
        snapshot(source, workflowId, charges),
        workflowId);
    UsageBatch batch =
        new UsageBatch(actor.tenantId().value(), batchId, source, workflowId, charges);
    sinks.orderedStream().forEach(sink -> sink.apply(batch));
  }

  private static Map<String, Object> snapshot(
      String source, String workflowId, List<UsageCharge> charges) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put(
        "charges",
        charges.stream()
            .map(
                c ->
                    c.accountId()
                        + " "
                        + c.leg()
                        + " "
                        + c.amount()
                        + " ("
                        + c.calls()
                        + " calls, "
                        + c.billableSeconds()
                        + " s)")
            .toList());
    return m;
  }
}
