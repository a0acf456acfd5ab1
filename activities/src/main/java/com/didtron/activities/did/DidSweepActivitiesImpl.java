package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidState;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.did.DidSweepActivities;
import com.didtron.workflows.did.DidSweepWorkflow;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The steps of the lifecycle sweep ({@code DidSweepWorkflow}). */
@Component
class DidSweepActivitiesImpl implements DidSweepActivities {
  private final DSLContext db;
  private final DidOrders orders;
  private final DidSuspensions suspensions;
  private final Clock clock;
  private final AuditTrail audit;

  DidSweepActivitiesImpl(
      DSLContext db, DidOrders orders, DidSuspensions suspensions, Clock clock, AuditTrail audit) {
    this.audit = audit;
    this.db = db;
    this.orders = orders;
    this.suspensions = suspensions;
    this.clock = clock;
  }

  @Override
  public int freeExpiredReservations() {
    return orders.freeExpiredReservations().size();
  }

  @Override
  @Transactional
  public int endQuarantines() {
    Instant now = clock.instant();
    var ended =
        db.update(DID_INVENTORY)
            .set(DID_INVENTORY.STATUS, DidState.AVAILABLE)
            .setNull(DID_INVENTORY.QUARANTINE_UNTIL)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.STATUS.eq(DidState.QUARANTINE))
            .and(DID_INVENTORY.QUARANTINE_UNTIL.le(now))
            .and(DID_INVENTORY.DELETED_AT.isNull())
            .returning(DID_INVENTORY.ID, DID_INVENTORY.TENANT_ID)
            .fetch();
    for (var d : ended) {
      TenantId tenant = new TenantId(d.getTenantId());
      audit.record(
          Actor.system("did-quarantine", tenant),
          tenant,
          AuditAction.UPDATE,
          DidLifecycle.ENTITY,
          d.getId().toString(),
          Map.of("state", DidState.QUARANTINE.name()),
          Map.of("state", DidState.AVAILABLE.name()),
          DidSweepWorkflow.SCHEDULED_ID);
    }
    return ended.size();
  }

  @Override
  public int suspendUnpaid() {
    return suspensions.suspendUnpaid();
  }

  @Override
  public int resumePaid() {
    return suspensions.resumePaid();
  }

  @Override
  public int releaseOverdue() {
    return suspensions.releaseOverdue();
  }
}
