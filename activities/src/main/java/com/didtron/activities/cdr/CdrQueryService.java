package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.activities.copy.PgCopy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.rating.csv.SafeCsvOutputStream;
import com.didtron.rating.engine.RatingStatus;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CDR browser: filtered, paged, totalled and exported CDRs, each through the view of the
 * actor's {@link CdrAudience} (the one place that decides who sees what, {@link AudienceColumns}).
 * Staff see their tenant's CDRs with both legs; a customer's portal user only the calls of its own
 * account and its own leg; a carrier's portal user only the calls it terminated and its own leg.
 * Pages are read by key ({@link #slice}, a cursor, never a deep offset) newest first; counts stop
 * at a cap ({@code didtron.cdr.count-cap}, default {@value #DEFAULT_COUNT_CAP}: "10,000+"), and
 * totals are summed only up to that size (narrow the filter for more), so the first page costs at
 * most the cap's index entries, however many CDRs are stored.
 */
@Service
public class CdrQueryService {
  /** Up to this many matching CDRs are counted (and totalled) unless configured otherwise. */
  public static final int DEFAULT_COUNT_CAP = 10_000;

  private final DSLContext db;
  private int
      countCap; // from the setting; tests lower it through AopTestUtils + ReflectionTestUtils

  CdrQueryService(
      DSLContext db, @Value("${didtron.cdr.count-cap:" + DEFAULT_COUNT_CAP + "}") int countCap) {
    if (countCap < 1) {
      throw new IllegalArgumentException("didtron.cdr.count-cap must be at least 1");
    }
    this.db = db;
    this.countCap = countCap;
  }

  /** How many matching CDRs are counted at most (and totalled); more are reported as "cap+". */
  public int countCap() {
    return countCap;
  }

  /** What {@code actor} may see of CDRs; see {@link CdrAudience}. */
  public CdrAudience audience(Actor actor) {
    return CdrAudience.of(actor);
  }

  /**
   * The first page of the matching CDRs (newest first) with their count; see {@link #slice} for the
   * pages after it.
   */
  @Transactional(readOnly = true)
  public CdrPage find(Actor actor, CdrFilter filter, PageRequest page) {
    CdrAudience audience = CdrAudience.of(actor);
    Condition where = visible(actor, audience, filter);
    Count count = count(where);
    List<CdrView> rows =
        db.select(AudienceColumns.page(audience))
            .from(CDR)
            .where(where)
            .orderBy(CDR.START_TIME.desc(), CDR.SOURCE.desc(), CDR.CALL_ID.desc())
            .offset(page.offset())
            .limit(page.limit())
            .fetch(r -> AudienceColumns.view(audience, r));
    return new CdrPage(new Page<>(rows, count.total()), count.capped());
  }

  /**
   * How many CDRs match, counted up to the cap: {@code capped} when more match, then {@code total}
   * is the cap itself (shown as "10,000+").
   */
  public record Count(long total, boolean capped) {}

  /** How many of the CDRs {@code actor} may see match {@code filter}; see {@link Count}. */
  @Transactional(readOnly = true)
  public Count count(Actor actor, CdrFilter filter) {
    return count(visible(actor, CdrAudience.of(actor), filter));
  }

  private Count count(Condition where) {
    // SELECT count(*) FROM (SELECT 1 ... LIMIT cap + 1): reads at most cap + 1 index entries
    long n = db.fetchCount(db.selectOne().from(CDR).where(where).limit(countCap + 1));
    return n > countCap ? new Count(countCap, true) : new Count(n, false);
  }

  /**
   * A page of the matching CDRs read by key, newest first: the {@code limit} CDRs older than {@code
   * after}, or (with {@code before}) the {@code limit} CDRs newer than {@code before}, or the
   * newest ones when both are null. Costs the same at any depth (an index range from the cursor on,
   * never an offset); see {@link CdrSlice} for the cursors of the neighbouring pages.
   */
  @Transactional(readOnly = true)
  public CdrSlice slice(
      Actor actor, CdrFilter filter, CdrCursor after, CdrCursor before, int limit) {
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "page size must be between 1 and " + PageRequest.MAX_LIMIT);
    }
    if (after != null && before != null) {
      throw new IllegalArgumentException("give after or before, not both");
    }
    CdrAudience audience = CdrAudience.of(actor);
    Condition where = visible(actor, audience, filter);
    boolean backwards = before != null;
    CdrCursor from = backwards ? before : after;
    if (from != null) {
      var key = DSL.row(CDR.START_TIME, CDR.SOURCE, CDR.CALL_ID);
      // the plain start_time bound lets PostgreSQL start the index range at the cursor
      where =
          backwards
              ? where
                  .and(CDR.START_TIME.ge(from.startTime()))
                  .and(key.gt(from.startTime(), from.source(), from.callId()))
              : where
                  .and(CDR.START_TIME.le(from.startTime()))
                  .and(key.lt(from.startTime(), from.source(), from.callId()));
    }
    List<CdrView> rows =
        new ArrayList<>(
            db.select(AudienceColumns.page(audience))
                .from(CDR)
                .where(where)
                .orderBy(
                    backwards
                        ? List.of(CDR.START_TIME.asc(), CDR.SOURCE.asc(), CDR.CALL_ID.asc())
                        : List.of(CDR.START_TIME.desc(), CDR.SOURCE.desc(), CDR.CALL_ID.desc()))
                .limit(limit + 1)
                .fetch(r -> AudienceColumns.view(audience, r)));
    boolean more = rows.size() > limit;
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (backwards) {
      Collections.reverse(rows);
    }
    if (rows.isEmpty()) {
      return new CdrSlice(List.of(), null, null);
    }
    CdrCursor older = CdrCursor.of(rows.get(rows.size() - 1));
    CdrCursor newer = CdrCursor.of(rows.get(0));
    return backwards
        ? new CdrSlice(rows, older, more ? newer : null)
        : new CdrSlice(rows, more ? older : null, from == null ? null : newer);
  }

  /**
   * Counts and sums of the matching CDRs, of the audience's own leg only (staff: both legs and the
   * margin); no sums when more than the count cap match.
   */
  @Transactional(readOnly = true)
  public CdrTotals totals(Actor actor, CdrFilter filter) {
    CdrAudience audience = CdrAudience.of(actor);
    Condition where = visible(actor, audience, filter);
    Count count = count(where);
    if (count.capped()) {
      return new CdrTotals(count.total(), 0, null);
    }
    long n = count.total();
    long unrated = db.fetchCount(CDR, where.and(CDR.STATUS.eq(RatingStatus.UNRATED)));
    Condition rated = where.and(CDR.STATUS.eq(RatingStatus.RATED));
    List<CdrTotals.Line> lines =
        switch (audience) {
          case STAFF ->
              db.select(
                      CDR.CUSTOMER_CURRENCY,
                      CDR.CARRIER_CURRENCY,
                      DSL.count(),
                      DSL.sum(CDR.CUSTOMER_BILLABLE),
                      DSL.sum(CDR.CUSTOMER_COST),
                      DSL.sum(CDR.CARRIER_COST),
                      DSL.sum(CDR.MARGIN))
                  .from(CDR)
                  .where(rated)
                  .groupBy(CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY)
                  .orderBy(CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY)
                  .fetch(
                      r ->
                          new CdrTotals.Line(
                              r.value1(),
                              r.value2(),
                              r.value3(),
                              seconds(r.value4()),
                              r.value5(),
                              r.value6(),
                              r.value7()));
          case CUSTOMER ->
              db.select(
                      CDR.CUSTOMER_CURRENCY,
                      DSL.count(),
                      DSL.sum(CDR.CUSTOMER_BILLABLE),
                      DSL.sum(CDR.CUSTOMER_COST))
                  .from(CDR)
                  .where(rated)
                  .groupBy(CDR.CUSTOMER_CURRENCY)
                  .orderBy(CDR.CUSTOMER_CURRENCY)
                  .fetch(
                      r ->
                          new CdrTotals.Line(
                              r.value1(),
                              null,
                              r.value2(),
                              seconds(r.value3()),
                              r.value4(),
                              null,
                              null));
          case CARRIER ->
              db.select(
                      CDR.CARRIER_CURRENCY,
                      DSL.count(),
                      DSL.sum(CDR.CARRIER_BILLABLE),
                      DSL.sum(CDR.CARRIER_COST))
                  .from(CDR)
                  .where(rated)
                  .groupBy(CDR.CARRIER_CURRENCY)
                  .orderBy(CDR.CARRIER_CURRENCY)
                  .fetch(
                      r ->
                          new CdrTotals.Line(
                              null,
                              r.value1(),
                              r.value2(),
                              seconds(r.value3()),
                              null,
                              r.value4(),
                              null));
        };
    return new CdrTotals(n, unrated, lines);
  }

  /**
   * Streams the matching CDRs as CSV (oldest first), straight from PostgreSQL's COPY, with the
   * audience's columns only, through the spreadsheet-safe writer (see {@link SafeCsvOutputStream}).
   */
  @Transactional(readOnly = true)
  public void export(Actor actor, CdrFilter filter, OutputStream out) {
    CdrAudience audience = CdrAudience.of(actor);
    String select =
        db.renderInlined(
            db.select(AudienceColumns.export(audience))
                .from(CDR)
                .where(visible(actor, audience, filter))
                .orderBy(CDR.START_TIME, CDR.SOURCE, CDR.CALL_ID));
    PgCopy.exportCsv(db, select, out);
  }

  private Condition visible(Actor actor, CdrAudience audience, CdrFilter f) {
    List<Condition> c = new ArrayList<>();
    c.add(CDR.TENANT_ID.eq(actor.tenantId().value()));
    c.add(AudienceColumns.scope(audience, actor.ownAccount().map(a -> a.value()).orElse(null)));
    // a portal user cannot filter by the other side either (no probing which carrier took a call)
    if (f.accountId() != null && audience != CdrAudience.CARRIER) {
      c.add(CDR.ACCOUNT_ID.eq(f.accountId()));
    }
    if (f.carrierId() != null && audience != CdrAudience.CUSTOMER) {
      c.add(CDR.CARRIER_ID.eq(f.carrierId()));
    }
    String digits = f.numberPrefix() == null ? "" : f.numberPrefix().strip().replace("+", "");
    if (!digits.isEmpty()) {
      c.add(CDR.CALLEE.startsWith(digits).or(CDR.CALLEE.startsWith("+" + digits)));
    }
    if (f.from() != null) {
      c.add(CDR.START_TIME.ge(f.from()));
    }
    if (f.to() != null) {
      c.add(CDR.START_TIME.lt(f.to()));
    }
    if (f.status() != null && !f.status().isBlank()) {
      // an unknown status matches no CDR, as it did when the column was compared as text
      c.add(
          Arrays.stream(RatingStatus.values())
              .filter(s -> s.name().equals(f.status()))
              .findFirst()
              .map(CDR.STATUS::eq)
              .orElse(DSL.falseCondition()));
    }
    return DSL.and(c);
  }

  private static long seconds(BigDecimal sum) {
    return sum == null ? 0 : sum.longValue();
  }

  static BigDecimal orZero(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }
}
