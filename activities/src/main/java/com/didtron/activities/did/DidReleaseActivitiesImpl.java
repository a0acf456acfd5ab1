package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidState;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.did.DidReleaseActivities;
import com.didtron.workflows.did.DidReleaseLine;
import com.didtron.workflows.did.DidReleaseRequest;
import com.didtron.workflows.did.DidReleaseWorkflow;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code DidReleaseWorkflow} on the inventory, the switch outbox and the providers;
 * every state change audited (entity {@code did_inventory}).
 */
@Component
class DidReleaseActivitiesImpl implements DidReleaseActivities {
  private final DSLContext db;
  private final SwitchChanges switches;
  private final DidProviders providers;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration quarantine;

  DidReleaseActivitiesImpl(
      DSLContext db,
      SwitchChanges switches,
      DidProviders providers,
      AuditTrail audit,
      Clock clock,
      @Value("${didtron.did.quarantine-days:30}") long quarantineDays) {
    this.db = db;
    this.switches = switches;
    this.providers = providers;
    this.audit = audit;
    this.clock = clock;
    this.quarantine = Duration.ofDays(quarantineDays);
  }

  private static Actor actor(DidReleaseRequest r) {
    return Actor.system("did-release", new TenantId(r.tenantId()));
  }

  @Override
  @Transactional
  public DidReleaseLine unassign(DidReleaseRequest r) {
    var did =
        db.selectFrom(DID_INVENTORY)
            .where(DID_INVENTORY.TENANT_ID.eq(r.tenantId()))
            .and(DID_INVENTORY.ID.eq(r.didId()))
            .forUpdate()
            .fetchOne();
    if (did == null) {
      throw ApplicationFailure.newNonRetryableFailure("No such number " + r.didId(), "Refused");
    }
    if (did.getStatus() != DidState.ACTIVE || did.getDeletedAt() != null) {
      // released before (a retry whose reply was lost, or a second request): nothing to undo
      boolean done = did.getStatus() == DidState.QUARANTINE || did.getStatus() == DidState.RELEASED;
      return new DidReleaseLine(did.getId(), did.getNumber(), did.getProvider(), done);
    }
    Instant now = clock.instant();
    TenantId tenant = new TenantId(r.tenantId());
    AccountId owner = new AccountId(did.getAccountId());
    db.update(DID_INVENTORY)
        .set(DID_INVENTORY.STATUS, DidState.QUARANTINE)
        .set(DID_INVENTORY.QUARANTINE_UNTIL, now.plus(quarantine))
        .setNull(DID_INVENTORY.ACCOUNT_ID)
        .setNull(DID_INVENTORY.DESTINATION_URI)
        .setNull(DID_INVENTORY.FAILOVER_URI)
        .setNull(DID_INVENTORY.SUSPENDED_AT)
        .set(DID_INVENTORY.RELEASED_AT, now)
        .set(DID_INVENTORY.UPDATED_AT, now)
        .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
        .where(DID_INVENTORY.ID.eq(did.getId()))
        .execute();
    // the switch reads the number as it is now: not live → removed (Kamailio then answers 404)
    switches.record(
        tenant,
        owner,
        SwitchChanges.ObjectType.DID,
        did.getId().toString(),
        SwitchChanges.Change.UPSERT);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("state", DidState.ACTIVE.name());
    before.put("account", owner.value().toString());
    before.put("destination", did.getDestinationUri());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", DidState.QUARANTINE.name());
    after.put("quarantineUntil", now.plus(quarantine).toString());
    after.put("releasedBy", r.requestedBy());
    audit.record(
        actor(r),
        tenant,
        AuditAction.UPDATE,
        DidLifecycle.ENTITY,
        did.getId().toString(),
        before,
        after,
        DidReleaseWorkflow.workflowId(did.getId()));
    return new DidReleaseLine(did.getId(), did.getNumber(), did.getProvider(), true);
  }

  @Override
  public boolean releaseAtProvider(DidReleaseRequest r, DidReleaseLine line) {
    if ("manual".equals(line.provider())) {
      return false;
    }
    Optional<DidProvider> provider = providers.find(line.provider());
    if (provider.isEmpty() || !provider.get().enabled()) {
      return false;
    }
    try {
      provider.get().release(line.number());
      return true;
    } catch (DidProvider.Failure f) {
      String message = "+" + line.number() + " release: " + f.getMessage();
      throw f.retryable()
          ? ApplicationFailure.newFailure(message, "ProviderUnavailable")
          : ApplicationFailure.newNonRetryableFailure(message, "Refused");
    }
  }

  @Override
  @Transactional
  public void givenBack(DidReleaseRequest r, DidReleaseLine line) {
    Instant now = clock.instant();
    int n =
        db.update(DID_INVENTORY)
            .set(DID_INVENTORY.STATUS, DidState.RELEASED)
            .setNull(DID_INVENTORY.QUARANTINE_UNTIL)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.ID.eq(line.didId()))
            .and(DID_INVENTORY.STATUS.eq(DidState.QUARANTINE))
            .execute();
    if (n == 1) {
      audit.record(
          actor(r),
          new TenantId(r.tenantId()),
          AuditAction.UPDATE,
          DidLifecycle.ENTITY,
          line.didId().toString(),
          Map.of("state", DidState.QUARANTINE.name()),
          Map.of("state", DidState.RELEASED.name(), "provider", line.provider()),
          DidReleaseWorkflow.workflowId(line.didId()));
    }
  }
}
