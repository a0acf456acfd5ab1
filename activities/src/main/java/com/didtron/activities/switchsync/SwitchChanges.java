package com.didtron.activities.switchsync;

import static com.didtron.activities.db.Tables.SWITCH_CHANGE;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountControlChanged;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch outbox ({@code switch_change}): every change the switch must learn is recorded in the
 * transaction that makes it, so it commits or rolls back with the change and is never lost. The
 * object becomes pending for every sync target ({@link SwitchSyncStates}) in the same transaction;
 * once it commits, the targets' sync workflows are woken ({@link SwitchSyncSignal}). A push sends
 * the object as it is then, so changes of an object that is still pending are folded into it: for
 * the frequent ones (balance, routes) no new outbox row is written at all.
 */
@Facade
@Component
public class SwitchChanges {
  /** What changed; the object id is the trunk, account, rate card or DID id. */
  public enum ObjectType {
    TRUNK,
    LIMITS,
    ACCOUNT_STATUS,
    /** A customer's balance or credit limit (object id: the account). */
    BALANCE,
    /** A rate card's active version (object id: the card; account: its owner). */
    RATE_CARD,
    /** A customer's compiled routing plan (object id: the account). */
    ROUTES,
    /** A DID and its assignment (none exist yet). */
    DID
  }

  /** Whether the switch should (re)write the object or remove it. */
  public enum Change {
    UPSERT,
    DELETE
  }

  private static final Set<ObjectType> COALESCED = Set.of(ObjectType.BALANCE, ObjectType.ROUTES);

  private final DSLContext db;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final SyncTargets targets;
  private final SwitchSyncStates states;
  private final SwitchSyncSignal signal;

  SwitchChanges(
      DSLContext db,
      Clock clock,
      ApplicationEventPublisher events,
      SyncTargets targets,
      SwitchSyncStates states,
      SwitchSyncSignal signal) {
    this.db = db;
    this.clock = clock;
    this.events = events;
    this.targets = targets;
    this.states = states;
    this.signal = signal;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      TenantId tenant, AccountId account, ObjectType type, String objectId, Change change) {
    // in-process listeners (credit control) act after commit; the outbox is for the switches
    events.publishEvent(new AccountControlChanged(tenant, account));
    Instant now = clock.instant();
    if (COALESCED.contains(type)
        && change == Change.UPSERT
        && states.coalesce(type, objectId, targets.names().size(), now)) {
      return;
    }
    long id =
        db.insertInto(SWITCH_CHANGE)
            .set(SWITCH_CHANGE.TENANT_ID, tenant.value())
            .set(SWITCH_CHANGE.ACCOUNT_ID, account.value())
            .set(SWITCH_CHANGE.OBJECT_TYPE, type.name())
            .set(SWITCH_CHANGE.OBJECT_ID, objectId)
            .set(SWITCH_CHANGE.CHANGE, change.name())
            .set(SWITCH_CHANGE.CREATED_AT, now)
            .returning(SWITCH_CHANGE.ID)
            .fetchSingle(SWITCH_CHANGE.ID);
    for (String target : targets.names()) {
      states.enqueue(target, tenant, account, type, objectId, change, id, now);
    }
    signal.afterCommit(targets.names());
  }
}
