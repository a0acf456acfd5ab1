package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.CdrRecord;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.workflows.cdr.RerateActivities;
import com.didtron.workflows.cdr.RerateChunkRequest;
import com.didtron.workflows.cdr.RerateChunkResult;
import com.didtron.workflows.cdr.RerateRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-rates one chunk of a period's CDRs in one transaction: rates them again with the active decks,
 * updates those whose rating changed, and posts the difference between the new charges and the ones
 * posted before as one RERATE usage batch (through the same sinks as ingestion). The stored rating
 * of a CDR is always what has been charged for it, so a retried chunk posts nothing more.
 */
@Component
class RerateActivitiesImpl implements RerateActivities {
  private final DSLContext db;
  private final Accounts accounts;
  private final ActiveDecks decks;
  private final UsageBatches batches;
  private final AuditTrail audit;
  private final Clock clock;
  private final UsagePeriods periods;

  RerateActivitiesImpl(
      DSLContext db,
      Accounts accounts,
      ActiveDecks decks,
      UsageBatches batches,
      AuditTrail audit,
      Clock clock,
      UsagePeriods periods) {
    this.periods = periods;
    this.db = db;
    this.accounts = accounts;
    this.decks = decks;
    this.batches = batches;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public RerateChunkResult rerateChunk(RerateChunkRequest req) {
    RerateRequest r = req.rerate();
    Actor actor = Actor.system("rerate for " + r.requestedBy(), new TenantId(r.tenantId()));
    List<CdrRecord> rows =
        db.selectFrom(CDR)
            .where(period(req))
            .orderBy(CDR.START_TIME, CDR.SOURCE, CDR.CALL_ID)
            .limit(req.limit())
            .forUpdate()
            .fetch();
    AccountDirectory accounts = AccountDirectory.of(this.accounts, r.tenantId());
    UsageTotals diff = new UsageTotals(periods.forTenant(r.tenantId()));
    List<Query> updates = new ArrayList<>();
    long[] counts = new long[3];
    Instant now = clock.instant();
    for (CdrRecord old : rows) {
      RatedCdr next = CdrRater.rate(null, cdrOf(old), accounts, decks.decks());
      CdrRecord fresh = StoredRating.apply(old.into(CDR), next);
      if (StoredRating.same(old, fresh)) {
        continue;
      }
      count(counts, old, fresh);
      StoredRating.charged(diff, old, -1);
      StoredRating.charged(diff, fresh, 1);
      updates.add(update(old, fresh, now));
    }
    if (!updates.isEmpty()) {
      db.batch(updates).execute();
      post(actor, req, diff, updates.size(), counts);
    }
    return result(rows, req.limit(), counts);
  }

  private void post(
      Actor actor, RerateChunkRequest req, UsageTotals charges, int changed, long[] counts) {
    UUID batchId = UUID.randomUUID();
    String source = "rerate " + req.rerate().from() + " to " + req.rerate().to();
    batches.open(actor, batchId, "RERATE", null, source, req.workflowId(), changed);
    batches.charge(actor, batchId, source, req.workflowId(), charges);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("period", req.rerate().from() + " to " + req.rerate().to());
    after.put("scope", req.rerate().scope().name());
    after.put("changed", changed);
    after.put("newlyRated", counts[0]);
    after.put("repriced", counts[1]);
    after.put("nowUnrated", counts[2]);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        "cdr",
        "rerate:" + batchId,
        null,
        after,
        req.workflowId());
  }

  private static Condition period(RerateChunkRequest req) {
    RerateRequest r = req.rerate();
    Condition c =
        CDR.TENANT_ID
            .eq(r.tenantId())
            .and(CDR.START_TIME.ge(utc(r.from())))
            .and(CDR.START_TIME.lt(utc(r.to())));
    if (r.scope() == RerateRequest.Scope.UNRATED) {
      c = c.and(CDR.STATUS.eq(RatingStatus.UNRATED));
    }
    if (req.afterStart() != null) {
      c =
          c.and(
              DSL.row(CDR.START_TIME, CDR.SOURCE, CDR.CALL_ID)
                  .gt(utc(req.afterStart()), req.afterSource(), req.afterCallId()));
    }
    return c;
  }

  private Query update(CdrRecord old, CdrRecord fresh, Instant now) {
    fresh.setRatedAt(now);
    return db.update(CDR)
        .set(StoredRating.changes(fresh))
        .where(
            CDR.TENANT_ID
                .eq(old.getTenantId())
                .and(CDR.SOURCE.eq(old.getSource()))
                .and(CDR.CALL_ID.eq(old.getCallId()))
                .and(CDR.START_TIME.eq(old.getStartTime())));
  }

  private static void count(long[] counts, CdrRecord old, CdrRecord fresh) {
    boolean was = old.getStatus() == RatingStatus.RATED;
    boolean is = fresh.getStatus() == RatingStatus.RATED;
    if (!was && is) {
      counts[0]++;
    } else if (was && is) {
      counts[1]++;
    } else if (was) {
      counts[2]++;
    }
  }

  private static RerateChunkResult result(List<CdrRecord> rows, int limit, long[] counts) {
    if (rows.isEmpty()) {
      return new RerateChunkResult(0, 0, 0, 0, null, null, null, true);
    }
    CdrRecord last = rows.get(rows.size() - 1);
    return new RerateChunkResult(
        rows.size(),
        counts[0],
        counts[1],
        counts[2],
        last.getStartTime().toString(),
        last.getSource(),
        last.getCallId(),
        rows.size() < limit);
  }

  private static Cdr cdrOf(CdrRecord r) {
    return new Cdr(
        r.getCallId(),
        r.getAccountRef(),
        r.getCarrierRef(),
        r.getCaller(),
        r.getCallee(),
        r.getStartTime(),
        r.getDuration());
  }

  private static Instant utc(String instant) {
    return Instant.parse(instant);
  }
}
