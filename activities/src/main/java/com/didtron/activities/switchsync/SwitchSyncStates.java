package com.didtron.activities.switchsync;

import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static com.didtron.activities.db.Tables.SWITCH_SYNC_STATE;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.SwitchSyncStateRecord;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each object stands with each switch (table {@code switch_sync_state}): pending since when,
 * in sync, or failed with the switch's error. {@link SwitchChanges} queues objects here in the
 * business transaction; the sync of a target reads its pending objects in the order of their oldest
 * unpushed change and records each outcome.
 */
@Facade
@Component
public class SwitchSyncStates {
  static final int MAX_ERROR = 2000;

  /** One object as one target sees it. */
  public record SyncObject(
      String target,
      ObjectType type,
      String objectId,
      TenantId tenantId,
      AccountId accountId,
      SyncStatus status,
      Instant since,
      String error,
      int attempts,
      Change change,
      long queuedChangeId,
      long lastChangeId,
      long revision) {}

  /** Which objects to list; null fields match everything. */
  public record Filter(TenantId tenant, String target, SyncStatus status, int limit) {}

  private final DSLContext db;

  SwitchSyncStates(DSLContext db) {
    this.db = db;
  }

  /** Makes the object pending for {@code target} because of change {@code changeId}. */
  void enqueue(
      String target,
      TenantId tenant,
      AccountId account,
      ObjectType type,
      String objectId,
      Change change,
      long changeId,
      Instant now) {
    var s = SWITCH_SYNC_STATE;
    var wasPending = s.STATUS.eq(SyncStatus.PENDING);
    db.insertInto(s)
        .set(s.TARGET, target)
        .set(s.OBJECT_TYPE, type.name())
        .set(s.OBJECT_ID, objectId)
        .set(s.TENANT_ID, tenant.value())
        .set(s.ACCOUNT_ID, account.value())
        .set(s.STATUS, SyncStatus.PENDING)
        .set(s.SINCE, now)
        .set(s.ATTEMPTS, 0)
        .set(s.CHANGE, change.name())
        .set(s.QUEUED_CHANGE_ID, changeId)
        .set(s.LAST_CHANGE_ID, changeId)
        .set(s.REVISION, 1L)
        .set(s.UPDATED_AT, now)
        .onConflict(s.TARGET, s.OBJECT_TYPE, s.OBJECT_ID)
        .doUpdate()
        .set(s.SINCE, DSL.when(wasPending, s.SINCE).otherwise(now))
        .set(s.QUEUED_CHANGE_ID, DSL.when(wasPending, s.QUEUED_CHANGE_ID).otherwise(changeId))
        .set(s.ATTEMPTS, DSL.when(wasPending, s.ATTEMPTS).otherwise(0))
        .set(s.ERROR, DSL.when(wasPending, s.ERROR).otherwise((String) null))
        .set(s.STATUS, SyncStatus.PENDING)
        .set(s.LAST_CHANGE_ID, changeId)
        .set(s.CHANGE, change.name())
        .set(s.REVISION, s.REVISION.plus(1))
        .set(s.UPDATED_AT, now)
        .execute();
  }

  /**
   * Folds a change into objects already pending for every target: true when there were {@code
   * targets} such objects (each now knows a change came in), false when the change must be
   * recorded.
   */
  boolean coalesce(ObjectType type, String objectId, int targets, Instant now) {
    var s = SWITCH_SYNC_STATE;
    int touched =
        db.update(s)
            .set(s.REVISION, s.REVISION.plus(1))
            .set(s.UPDATED_AT, now)
            .where(s.OBJECT_TYPE.eq(type.name()))
            .and(s.OBJECT_ID.eq(objectId))
            .and(s.STATUS.eq(SyncStatus.PENDING))
            .execute();
    return targets > 0 && touched == targets;
  }

  /** The target's pending objects, oldest change first. */
  public List<SyncObject> pending(String target, int limit) {
    var s = SWITCH_SYNC_STATE;
    return db.selectFrom(s)
        .where(s.TARGET.eq(target))
        .and(s.STATUS.eq(SyncStatus.PENDING))
        .orderBy(s.QUEUED_CHANGE_ID, s.OBJECT_TYPE, s.OBJECT_ID)
        .limit(limit)
        .fetch(SwitchSyncStates::object);
  }

  /**
   * The switch has the object as of {@code pushed}: in sync, unless a change came in meanwhile
   * (then it stays pending and is pushed again); false in that case.
   */
  @Transactional
  public boolean inSync(SyncObject pushed, Instant now) {
    var s = SWITCH_SYNC_STATE;
    boolean done =
        db.update(s)
                .set(s.STATUS, SyncStatus.IN_SYNC)
                .set(s.SINCE, now)
                .set(s.ERROR, (String) null)
                .set(s.ATTEMPTS, s.ATTEMPTS.plus(1))
                .set(s.UPDATED_AT, now)
                .where(key(pushed))
                .and(s.REVISION.eq(pushed.revision()))
                .execute()
            == 1;
    if (done) {
      markPushed(pushed, now);
    }
    return done;
  }

  /** The switch refused the object: FAILED with its error, until a new change or a retry. */
  public void failed(SyncObject pushed, String error, Instant now) {
    var s = SWITCH_SYNC_STATE;
    db.update(s)
        .set(s.STATUS, SyncStatus.FAILED)
        .set(s.SINCE, now)
        .set(s.ERROR, clip(error))
        .set(s.ATTEMPTS, s.ATTEMPTS.plus(1))
        .set(s.UPDATED_AT, now)
        .where(key(pushed))
        .and(s.REVISION.eq(pushed.revision()))
        .execute();
  }

  /** The push did not get through (switch unreachable): still pending, with the reason. */
  public void stillPending(SyncObject pushed, String error, Instant now) {
    var s = SWITCH_SYNC_STATE;
    db.update(s)
        .set(s.ERROR, clip(error))
        .set(s.ATTEMPTS, s.ATTEMPTS.plus(1))
        .set(s.UPDATED_AT, now)
        .where(key(pushed))
        .and(s.STATUS.eq(SyncStatus.PENDING))
        .execute();
  }

  /** A failed object made pending again (manual retry); empty when it is not FAILED. */
  public Optional<SyncObject> retry(String target, ObjectType type, String objectId, Instant now) {
    var s = SWITCH_SYNC_STATE;
    return db.update(s)
        .set(s.STATUS, SyncStatus.PENDING)
        .set(s.SINCE, now)
        .set(s.ATTEMPTS, 0)
        .set(s.REVISION, s.REVISION.plus(1))
        .set(s.UPDATED_AT, now)
        .where(s.TARGET.eq(target))
        .and(s.OBJECT_TYPE.eq(type.name()))
        .and(s.OBJECT_ID.eq(objectId))
        .and(s.STATUS.eq(SyncStatus.FAILED))
        .returning()
        .fetchOptional()
        .map(SwitchSyncStates::object);
  }

  /** One object of one target. */
  public Optional<SyncObject> find(String target, ObjectType type, String objectId) {
    var s = SWITCH_SYNC_STATE;
    return db.selectFrom(s)
        .where(s.TARGET.eq(target))
        .and(s.OBJECT_TYPE.eq(type.name()))
        .and(s.OBJECT_ID.eq(objectId))
        .fetchOptional(SwitchSyncStates::object);
  }

  /** Objects by status (failed first, then pending, then in sync), newest change first. */
  public List<SyncObject> list(Filter f) {
    var s = SWITCH_SYNC_STATE;
    Condition where = DSL.trueCondition();
    if (f.tenant() != null) {
      where = where.and(s.TENANT_ID.eq(f.tenant().value()));
    }
    if (f.target() != null) {
      where = where.and(s.TARGET.eq(f.target()));
    }
    if (f.status() != null) {
      where = where.and(s.STATUS.eq(f.status()));
    }
    return db.selectFrom(s)
        .where(where)
        .orderBy(
            DSL.when(s.STATUS.eq(SyncStatus.FAILED), 0)
                .when(s.STATUS.eq(SyncStatus.PENDING), 1)
                .otherwise(2),
            s.LAST_CHANGE_ID.desc(),
            s.TARGET)
        .limit(f.limit())
        .fetch(SwitchSyncStates::object);
  }

  /** The outbox rows of an object that every target now has are marked pushed. */
  private void markPushed(SyncObject pushed, Instant now) {
    var s = SWITCH_SYNC_STATE;
    db.update(SWITCH_CHANGE)
        .set(SWITCH_CHANGE.PUSHED_AT, now)
        .where(SWITCH_CHANGE.OBJECT_TYPE.eq(pushed.type().name()))
        .and(SWITCH_CHANGE.OBJECT_ID.eq(pushed.objectId()))
        .and(SWITCH_CHANGE.ID.le(pushed.lastChangeId()))
        .and(SWITCH_CHANGE.PUSHED_AT.isNull())
        .andNotExists(
            DSL.selectOne()
                .from(s)
                .where(s.OBJECT_TYPE.eq(pushed.type().name()))
                .and(s.OBJECT_ID.eq(pushed.objectId()))
                .and(s.STATUS.ne(SyncStatus.IN_SYNC)))
        .execute();
  }

  private static Condition key(SyncObject o) {
    var s = SWITCH_SYNC_STATE;
    return s.TARGET
        .eq(o.target())
        .and(s.OBJECT_TYPE.eq(o.type().name()))
        .and(s.OBJECT_ID.eq(o.objectId()));
  }

  private static String clip(String error) {
    String e = error == null || error.isBlank() ? "no message" : error.strip();
    return e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
  }

  private static SyncObject object(SwitchSyncStateRecord r) {
    return new SyncObject(
        r.getTarget(),
        ObjectType.valueOf(r.getObjectType()),
        r.getObjectId(),
        new TenantId(r.getTenantId()),
        new AccountId(r.getAccountId()),
        r.getStatus(),
        r.getSince(),
        r.getError(),
        r.getAttempts(),
        Change.valueOf(r.getChange()),
        r.getQueuedChangeId(),
        r.getLastChangeId(),
        r.getRevision());
  }
}
