package com.didtron.activities.switchpush;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchSyncSignal;
import com.didtron.activities.switchsync.SwitchSyncStates;
import com.didtron.activities.switchsync.SwitchSyncStates.Filter;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch sync as people see it: where each object stands with each switch (staff), a manual
 * retry of a failed object and a full resync (admins, audited). A super admin sees and resyncs
 * every tenant; other staff their own tenant.
 */
@Service
@Facade
public class SwitchSyncService {
  static final String ENTITY = "switch_sync";

  /** What a full resync recorded. */
  public record Resync(int accounts, int objects) {}

  private final SwitchSyncStates states;
  private final SyncTargets targets;
  private final SwitchChanges changes;
  private final SwitchSyncSignal signal;
  private final Accounts accounts;
  private final Trunks trunks;
  private final AuditTrail audit;
  private final Clock clock;

  SwitchSyncService(
      SwitchSyncStates states,
      SyncTargets targets,
      SwitchChanges changes,
      SwitchSyncSignal signal,
      Accounts accounts,
      Trunks trunks,
      AuditTrail audit,
      Clock clock) {
    this.states = states;
    this.targets = targets;
    this.changes = changes;
    this.signal = signal;
    this.accounts = accounts;
    this.trunks = trunks;
    this.audit = audit;
    this.clock = clock;
  }

  /** The targets the sync keeps up to date. */
  public List<String> targets() {
    return targets.names();
  }

  /** The objects by status (failed first), at most {@code limit}; null filters match everything. */
  @Transactional(readOnly = true)
  public List<SyncObject> status(Actor actor, String target, SyncStatus status, int limit) {
    AccessPolicy.requireStaff(actor);
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, not " + limit);
    }
    return states.list(
        new Filter(actor.has(Role.SUPER_ADMIN) ? null : actor.tenantId(), target, status, limit));
  }

  /** Makes a failed object pending again and wakes its target's sync. */
  @Transactional
  public SyncObject retry(Actor actor, String target, ObjectType type, String objectId) {
    AccessPolicy.requireAdmin(actor);
    SyncObject before =
        states
            .find(target, type, objectId)
            .filter(o -> actor.has(Role.SUPER_ADMIN) || o.tenantId().equals(actor.tenantId()))
            .orElseThrow(() -> new NoSuchElementException("No such object in the switch sync"));
    if (before.status() != SyncStatus.FAILED) {
      throw new IllegalStateException(
          "Only a failed object can be retried; this one is " + before.status());
    }
    SyncObject after = states.retry(target, type, objectId, clock.instant()).orElseThrow();
    audit.record(
        actor,
        before.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        target + "/" + type + "/" + objectId,
        snapshot(before),
        snapshot(after));
    signal.afterCommit(List.of(target));
    return after;
  }

  /**
   * Records an UPSERT of everything the switches must know of every live account (its status,
   * limits, trunks; a customer's balance and routes), so each target rebuilds its state.
   */
  @Transactional
  public Resync resync(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    List<Account> all = new ArrayList<>();
    if (actor.has(Role.SUPER_ADMIN)) {
      for (AccountKind kind : AccountKind.values()) {
        all.addAll(accounts.liveOfKind(kind));
      }
    } else {
      all.addAll(accounts.live(actor.tenantId()));
    }
    int objects = 0;
    for (Account a : all) {
      objects += resync(a);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("accounts", all.size());
    after.put("objects", objects);
    after.put("targets", targets.names());
    audit.record(actor, actor.tenantId(), AuditAction.CREATE, ENTITY, "resync", null, after);
    return new Resync(all.size(), objects);
  }

  private int resync(Account a) {
    Actor system = Actor.system(KamailioPusher.JOB, a.tenantId());
    String id = a.id().toString();
    List<ObjectType> own = new ArrayList<>(List.of(ObjectType.ACCOUNT_STATUS, ObjectType.LIMITS));
    if (a.kind().buysFromUs()) {
      own.add(ObjectType.BALANCE);
      own.add(ObjectType.ROUTES);
    }
    for (ObjectType type : own) {
      changes.record(a.tenantId(), a.id(), type, id, Change.UPSERT);
    }
    List<Trunk> live = trunks.list(system, a.id(), false);
    for (Trunk t : live) {
      changes.record(a.tenantId(), a.id(), ObjectType.TRUNK, t.id().toString(), Change.UPSERT);
    }
    return own.size() + live.size();
  }

  private static Map<String, Object> snapshot(SyncObject o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", o.status().name());
    m.put("error", o.error());
    return m;
  }
}
