package com.didtron.activities.switchcdr;

import static com.didtron.activities.db.Tables.SWITCH_CDR_CURSOR;
import static com.didtron.activities.db.Tables.SWITCH_CDR_GAP;
import static com.didtron.activities.db.Tables.SWITCH_CDR_REJECT;

import com.didtron.activities.db.tables.records.SwitchCdrCursorRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * Where each source's pull stands ({@code switch_cdr_cursor}), the ids awaited as late rows ({@code
 * switch_cdr_gap}) and the rejected rows ({@code switch_cdr_reject}). The pull locks its source's
 * cursor row first, so two pulls of one source (the workflow's and an operator's) run one after the
 * other.
 */
@Repository
class SwitchCdrCursors {
  private final DSLContext db;

  SwitchCdrCursors(DSLContext db) {
    this.db = db;
  }

  /** The source's cursor, created at zero on first use, locked for the transaction. */
  SwitchCdrCursorRecord lock(String source) {
    db.insertInto(SWITCH_CDR_CURSOR)
        .set(SWITCH_CDR_CURSOR.SOURCE, source)
        .onConflictDoNothing()
        .execute();
    return db.selectFrom(SWITCH_CDR_CURSOR)
        .where(SWITCH_CDR_CURSOR.SOURCE.eq(source))
        .forUpdate()
        .fetchSingle();
  }

  /** Ids below the cursor not read yet, oldest first. */
  List<Long> awaited(String source) {
    return db.select(SWITCH_CDR_GAP.ROW_ID)
        .from(SWITCH_CDR_GAP)
        .where(SWITCH_CDR_GAP.SOURCE.eq(source))
        .orderBy(SWITCH_CDR_GAP.ROW_ID)
        .fetch(SWITCH_CDR_GAP.ROW_ID);
  }

  /**
   * Moves the cursor to {@code lastId}: the ids read leave the awaited set, the skipped ones join
   * it, and awaited ids noticed before {@code expiredBefore} are given up.
   *
   * @return how many awaited ids were given up
   */
  int advance(
      String source,
      long lastId,
      Collection<Long> read,
      Collection<Long> skipped,
      Instant now,
      Instant expiredBefore) {
    db.update(SWITCH_CDR_CURSOR)
        .set(SWITCH_CDR_CURSOR.LAST_ID, lastId)
        .where(SWITCH_CDR_CURSOR.SOURCE.eq(source))
        .execute();
    if (!read.isEmpty()) {
      db.deleteFrom(SWITCH_CDR_GAP)
          .where(SWITCH_CDR_GAP.SOURCE.eq(source))
          .and(SWITCH_CDR_GAP.ROW_ID.in(read))
          .execute();
    }
    for (Long id : skipped) {
      db.insertInto(SWITCH_CDR_GAP)
          .set(SWITCH_CDR_GAP.SOURCE, source)
          .set(SWITCH_CDR_GAP.ROW_ID, id)
          .set(SWITCH_CDR_GAP.NOTICED_AT, now)
          .onConflictDoNothing()
          .execute();
    }
    return db.deleteFrom(SWITCH_CDR_GAP)
        .where(SWITCH_CDR_GAP.SOURCE.eq(source))
        .and(SWITCH_CDR_GAP.NOTICED_AT.lt(expiredBefore))
        .execute();
  }

  /** Keeps a hosted switch's cursor (as JSON) for its next pull. */
  void keepState(String source, String json) {
    db.update(SWITCH_CDR_CURSOR)
        .set(SWITCH_CDR_CURSOR.STATE, JSONB.valueOf(json))
        .where(SWITCH_CDR_CURSOR.SOURCE.eq(source))
        .execute();
  }

  /** Adds one pull's counts and clears or sets its error. */
  void counted(String source, Instant at, PullResult r, String error) {
    db.update(SWITCH_CDR_CURSOR)
        .set(SWITCH_CDR_CURSOR.LAST_PULL_AT, at)
        .set(SWITCH_CDR_CURSOR.ROWS_READ, SWITCH_CDR_CURSOR.ROWS_READ.plus(r.rows()))
        .set(SWITCH_CDR_CURSOR.STORED, SWITCH_CDR_CURSOR.STORED.plus(r.stored()))
        .set(SWITCH_CDR_CURSOR.DUPLICATES, SWITCH_CDR_CURSOR.DUPLICATES.plus(r.duplicates()))
        .set(SWITCH_CDR_CURSOR.REJECTED, SWITCH_CDR_CURSOR.REJECTED.plus(r.rejected()))
        .set(SWITCH_CDR_CURSOR.LAST_ERROR, error)
        .where(SWITCH_CDR_CURSOR.SOURCE.eq(source))
        .execute();
  }

  /** Keeps rejected rows; a row kept before is not kept twice. Returns the rows kept now. */
  List<PulledReject> reject(String source, List<PulledReject> rejects, Instant at) {
    return rejects.stream()
        .filter(
            r ->
                db.insertInto(SWITCH_CDR_REJECT)
                        .set(SWITCH_CDR_REJECT.SOURCE, source)
                        .set(SWITCH_CDR_REJECT.ROW_ID, r.rowId())
                        .set(
                            SWITCH_CDR_REJECT.TENANT_ID,
                            r.tenant() == null ? null : r.tenant().value())
                        .set(SWITCH_CDR_REJECT.CALL_ID, r.callId())
                        .set(SWITCH_CDR_REJECT.REASON, r.reason())
                        .set(SWITCH_CDR_REJECT.RAW, r.raw())
                        .set(SWITCH_CDR_REJECT.PULLED_AT, at)
                        .onConflictDoNothing()
                        .execute()
                    == 1)
        .toList();
  }

  /** Every source's cursor. */
  List<SwitchCdrCursorRecord> all() {
    return db.selectFrom(SWITCH_CDR_CURSOR).orderBy(SWITCH_CDR_CURSOR.SOURCE).fetch();
  }

  /** The source's latest rejected rows, newest first. */
  List<SourceState.Reject> recentRejects(String source, int max) {
    return db.select(
            SWITCH_CDR_REJECT.ROW_ID,
            SWITCH_CDR_REJECT.CALL_ID,
            SWITCH_CDR_REJECT.REASON,
            SWITCH_CDR_REJECT.RAW,
            SWITCH_CDR_REJECT.PULLED_AT)
        .from(SWITCH_CDR_REJECT)
        .where(SWITCH_CDR_REJECT.SOURCE.eq(source))
        .orderBy(SWITCH_CDR_REJECT.PULLED_AT.desc(), SWITCH_CDR_REJECT.ID.desc())
        .limit(max)
        .fetch(
            r ->
                new SourceState.Reject(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  int awaitedCount(String source) {
    return db.fetchCount(SWITCH_CDR_GAP, SWITCH_CDR_GAP.SOURCE.eq(source));
  }
}
