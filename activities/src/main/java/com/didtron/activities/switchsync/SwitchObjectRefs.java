package com.didtron.activities.switchsync;

import static com.didtron.activities.db.Tables.SWITCH_OBJECT_REF;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The ids a hosted switch gave to DIDTron's objects (table {@code switch_object_ref}): a push
 * without one creates the object on the switch, whose answer is kept here for the next push.
 */
@Facade
@Component
public class SwitchObjectRefs implements HostedSwitchIds {
  /** What kind of object the switch knows. */
  public enum Kind {
    CUSTOMER,
    CARRIER,
    RATE_CARD,
    ROUTE,
    TRUNK,
    DID
  }

  private final DSLContext db;
  private final Clock clock;

  SwitchObjectRefs(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<String> remoteId(String target, Kind kind, String localId) {
    var r = SWITCH_OBJECT_REF;
    return db.select(r.REMOTE_ID)
        .from(r)
        .where(r.TARGET.eq(target))
        .and(r.KIND.eq(kind.name()))
        .and(r.LOCAL_ID.eq(localId))
        .fetchOptional(r.REMOTE_ID);
  }

  /**
   * The account pushed to {@code switchName} as a customer or carrier that got {@code switchId}.
   */
  @Override
  public Optional<AccountId> account(String switchName, String switchId) {
    var r = SWITCH_OBJECT_REF;
    return db.select(r.LOCAL_ID)
        .from(r)
        .where(r.TARGET.eq(switchName))
        .and(r.KIND.in(Kind.CUSTOMER.name(), Kind.CARRIER.name()))
        .and(r.REMOTE_ID.eq(switchId))
        .limit(1)
        .fetchOptional(r.LOCAL_ID)
        .map(id -> new AccountId(java.util.UUID.fromString(id)));
  }

  public void keep(String target, Kind kind, String localId, String remoteId) {
    var r = SWITCH_OBJECT_REF;
    db.insertInto(r)
        .set(r.TARGET, target)
        .set(r.KIND, kind.name())
        .set(r.LOCAL_ID, localId)
        .set(r.REMOTE_ID, remoteId)
        .set(r.UPDATED_AT, clock.instant())
        .onConflict(r.TARGET, r.KIND, r.LOCAL_ID)
        .doUpdate()
        .set(r.REMOTE_ID, remoteId)
        .set(r.UPDATED_AT, clock.instant())
        .execute();
  }

  /** Forgets the switch's id of an object the switch no longer has. */
  public void forget(String target, Kind kind, String localId) {
    var r = SWITCH_OBJECT_REF;
    db.deleteFrom(r)
        .where(r.TARGET.eq(target))
        .and(r.KIND.eq(kind.name()))
        .and(r.LOCAL_ID.eq(localId))
        .execute();
  }
}
