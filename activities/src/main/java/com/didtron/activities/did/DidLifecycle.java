package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidState;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.did.DidReleaseRequest;
import com.didtron.workflows.did.DidReleaseWorkflow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an owner (or staff) does with a number in service (issue 12 points 9, 10): change where its
 * calls go, and give it back. Customers act on their own account's numbers only, staff on their
 * tenant's; every change is audited (entity {@code did_inventory}) and reaches the switches through
 * a switch change queued in the same transaction.
 */
@Facade
@Service
public class DidLifecycle {
  private static final Logger log = LoggerFactory.getLogger(DidLifecycle.class);
  static final String ENTITY = "did_inventory";

  /** New call handling; a null field keeps its value, an empty failover removes it. */
  public record Settings(String destination, String failover, Integer ringTimeoutSeconds) {}

  /** A number's call handling after a change. */
  public record NumberSettings(
      UUID id,
      String number,
      String destination,
      String failover,
      int ringTimeoutSeconds,
      boolean suspended) {}

  /** A release asked for: the workflow that carries it out. */
  public record ReleaseStarted(UUID id, String number, String workflowId) {}

  private final DSLContext db;
  private final SwitchChanges switches;
  private final AuditTrail audit;
  private final WorkflowLauncher launcher;
  private final Clock clock;
  private final TransactionTemplate fresh;

  DidLifecycle(
      DSLContext db,
      SwitchChanges switches,
      AuditTrail audit,
      WorkflowLauncher launcher,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.db = db;
    this.switches = switches;
    this.audit = audit;
    this.launcher = launcher;
    this.clock = clock;
    this.fresh = new TransactionTemplate(transactions);
    this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The number in service, locked, after checking the actor may act on its account. */
  private com.didtron.activities.db.tables.records.DidInventoryRecord inService(
      Actor actor, UUID didId) {
    var did =
        db.selectFrom(DID_INVENTORY)
            .where(DID_INVENTORY.TENANT_ID.eq(actor.tenantId().value()))
            .and(DID_INVENTORY.ID.eq(didId))
            .and(DID_INVENTORY.DELETED_AT.isNull())
            .forUpdate()
            .fetchOptional()
            .orElseThrow(() -> new NoSuchElementException("No such number"));
    if (did.getAccountId() == null) {
      if (!actor.isStaff()) {
        throw new NoSuchElementException("No such number");
      }
      throw new DidChangeRefused("+" + did.getNumber() + " is not in service");
    }
    AccessPolicy.requireCanView(actor, actor.tenantId(), new AccountId(did.getAccountId()));
    if (did.getStatus() != DidState.ACTIVE) {
      throw new DidChangeRefused("+" + did.getNumber() + " is not in service");
    }
    return did;
  }

  /**
   * Changes where the number's calls go: destination and failover SIP URIs, ring timeout 5–120
   * seconds. Refused with {@link DidChangeRefused} (nothing written) when a value is invalid.
   */
  @Transactional
  public NumberSettings update(Actor actor, UUID didId, Settings settings) {
    var did = inService(actor, didId);
    String destination =
        settings.destination() == null ? did.getDestinationUri() : settings.destination().strip();
    if (!DidOrders.SIP_URI.matcher(destination).matches()) {
      throw new DidChangeRefused(
          "The destination must be a SIP URI such as sip:100@pbx.example.com");
    }
    String failover =
        settings.failover() == null
            ? did.getFailoverUri()
            : settings.failover().isBlank() ? null : settings.failover().strip();
    if (failover != null && !DidOrders.SIP_URI.matcher(failover).matches()) {
      throw new DidChangeRefused(
          "The failover must be a SIP URI such as sip:100@backup.example.com");
    }
    int ring =
        settings.ringTimeoutSeconds() == null
            ? did.getRingTimeoutSeconds()
            : settings.ringTimeoutSeconds();
    if (ring < 5 || ring > 120) {
      throw new DidChangeRefused("The ring timeout must be between 5 and 120 seconds");
    }
    Map<String, Object> before =
        callHandling(did.getDestinationUri(), did.getFailoverUri(), did.getRingTimeoutSeconds());
    Map<String, Object> after = callHandling(destination, failover, ring);
    if (!before.equals(after)) {
      Instant now = clock.instant();
      db.update(DID_INVENTORY)
          .set(DID_INVENTORY.DESTINATION_URI, destination)
          .set(DID_INVENTORY.FAILOVER_URI, failover)
          .set(DID_INVENTORY.RING_TIMEOUT_SECONDS, ring)
          .set(DID_INVENTORY.UPDATED_AT, now)
          .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
          .where(DID_INVENTORY.ID.eq(did.getId()))
          .execute();
      switches.record(
          actor.tenantId(),
          new AccountId(did.getAccountId()),
          SwitchChanges.ObjectType.DID,
          did.getId().toString(),
          SwitchChanges.Change.UPSERT);
      audit.record(
          actor,
          actor.tenantId(),
          AuditAction.UPDATE,
          ENTITY,
          did.getId().toString(),
          before,
          after,
          null);
    }
    return new NumberSettings(
        did.getId(), did.getNumber(), destination, failover, ring, did.getSuspendedAt() != null);
  }

  private static Map<String, Object> callHandling(String destination, String failover, int ring) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("destination", destination);
    m.put("failover", failover);
    m.put("ringTimeoutSeconds", ring);
    return m;
  }

  /**
   * Gives the number back: starts {@code DidReleaseWorkflow} ({@code did-release-<id>}). The
   * request is audited; the workflow takes the number out of service.
   */
  @Transactional
  public ReleaseStarted release(Actor actor, UUID didId) {
    var did = inService(actor, didId);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        did.getId().toString(),
        Map.of("state", DidState.ACTIVE.name()),
        Map.of("release", "requested"),
        DidReleaseWorkflow.workflowId(did.getId()));
    // started now: its first step waits for this transaction's lock on the number
    startRelease(actor.tenantId(), did.getId(), actor.name());
    return new ReleaseStarted(
        did.getId(), did.getNumber(), DidReleaseWorkflow.workflowId(did.getId()));
  }

  /** Starts the release workflow of a number (a second start answers the run already going). */
  void startRelease(TenantId tenant, UUID didId, String by) {
    try {
      fresh.executeWithoutResult(
          s ->
              launcher.start(
                  new WorkflowLauncher.Start(
                      DidReleaseWorkflow.class,
                      DidReleaseWorkflow.workflowId(didId),
                      "did release " + didId,
                      tenant,
                      null,
                      new DidReleaseRequest(tenant.value(), didId, by))));
    } catch (RuntimeException e) {
      log.warn("Could not start the release of DID {}: {}", didId, e.getMessage());
      throw e;
    }
  }
}
