package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;

import com.didtron.activities.copy.PgCopy;
import com.didtron.activities.db.tables.records.CdrRecord;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.user.Role;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CDR browser: filtered, paged, totalled and exported CDRs. Staff see their tenant's CDRs; a
 * customer's portal user only the CDRs of its own account; a carrier's portal user only the calls
 * it terminated, without the customer side. Pages come from the (tenant, start time) index newest
 * first; counts are exact up to {@value #EXACT_COUNT_LIMIT} and estimated beyond, and totals are
 * summed only up to that size (narrow the filter for more), so the page stays fast on millions.
 */
@Service
public class CdrQueryService {
  /** Up to this many matching CDRs are counted (and totalled) exactly. */
  public static final int EXACT_COUNT_LIMIT = 100_000;

  private final DSLContext db;

  CdrQueryService(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public CdrPage find(Actor actor, CdrFilter filter, PageRequest page) {
    Condition where = visible(actor, filter);
    long exact = db.fetchCount(db.selectOne().from(CDR).where(where).limit(EXACT_COUNT_LIMIT + 1));
    boolean estimated = exact > EXACT_COUNT_LIMIT;
    long total = estimated ? Math.max(exact, (long) db.explain(db.selectOne().from(CDR).where(where)).rows())
        : exact;
    boolean carrierView = carrierOnly(actor);
    List<CdrRow> rows = db.selectFrom(CDR).where(where)
        .orderBy(CDR.START_TIME.desc(), CDR.SOURCE, CDR.CALL_ID)
        .offset(page.offset()).limit(page.limit())
        .fetch(r -> row(r, carrierView));
    return new CdrPage(new Page<>(rows, total), estimated);
  }

  /** Counts and sums of the matching CDRs; no sums when more than the exact-count limit match. */
  @Transactional(readOnly = true)
  public CdrTotals totals(Actor actor, CdrFilter filter) {
    Condition where = visible(actor, filter);
    long n = db.fetchCount(db.selectOne().from(CDR).where(where).limit(EXACT_COUNT_LIMIT + 1));
    if (n > EXACT_COUNT_LIMIT) {
      return new CdrTotals(n, 0, null);
    }
    long unrated = db.fetchCount(CDR, where.and(CDR.STATUS.eq("UNRATED")));
    boolean carrierView = carrierOnly(actor);
    List<CdrTotals.Line> lines = db.select(CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY,
            DSL.count(), DSL.sum(carrierView ? CDR.CARRIER_BILLABLE : CDR.CUSTOMER_BILLABLE),
            DSL.sum(CDR.CUSTOMER_COST), DSL.sum(CDR.CARRIER_COST), DSL.sum(CDR.MARGIN))
        .from(CDR).where(where.and(CDR.STATUS.eq("RATED")))
        .groupBy(CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY)
        .orderBy(CDR.CUSTOMER_CURRENCY, CDR.CARRIER_CURRENCY)
        .fetch(r -> new CdrTotals.Line(carrierView ? null : r.value1(), r.value2(), r.value3(),
            r.value4() == null ? 0 : r.value4().longValue(), carrierView ? null : r.value5(),
            r.value6(), carrierView ? null : r.value7()));
    return new CdrTotals(n, unrated, lines);
  }

  /** Streams the matching CDRs as CSV (oldest first), straight from PostgreSQL's COPY. */
  @Transactional(readOnly = true)
  public void export(Actor actor, CdrFilter filter, OutputStream out) {
    List<Field<?>> columns = new ArrayList<>(List.of(CDR.CALL_ID, CDR.SOURCE,
        CDR.ACCOUNT_REF.as("account"), CDR.CARRIER_REF.as("carrier"), CDR.CALLER, CDR.CALLEE,
        DSL.field("iso_utc({0})", String.class, CDR.START_TIME).as("start_time"), CDR.DURATION,
        CDR.STATUS, CDR.REASON));
    if (!carrierOnly(actor)) {
      columns.addAll(List.of(CDR.CUSTOMER_PREFIX, CDR.CUSTOMER_RATE, CDR.CUSTOMER_BILLABLE,
          CDR.CUSTOMER_COST, CDR.CUSTOMER_CURRENCY));
    }
    columns.addAll(List.of(CDR.CARRIER_PREFIX, CDR.CARRIER_RATE, CDR.CARRIER_BILLABLE,
        CDR.CARRIER_COST, CDR.CARRIER_CURRENCY));
    if (!carrierOnly(actor)) {
      columns.add(CDR.MARGIN);
    }
    String select = db.renderInlined(db.select(columns).from(CDR).where(visible(actor, filter))
        .orderBy(CDR.START_TIME, CDR.SOURCE, CDR.CALL_ID));
    PgCopy.out(db, "COPY (" + select + ") TO STDOUT WITH (FORMAT csv, HEADER)", in -> {
      in.transferTo(out);
      return null;
    });
  }

  private Condition visible(Actor actor, CdrFilter f) {
    List<Condition> c = new ArrayList<>();
    c.add(CDR.TENANT_ID.eq(actor.tenantId().value()));
    if (actor.isStaff()) {
      RatingAccess.requireReader(actor);
    } else {
      UUID own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account")).value();
      c.add(carrierOnly(actor) ? CDR.CARRIER_ID.eq(own) : CDR.ACCOUNT_ID.eq(own));
    }
    if (f.accountId() != null) {
      c.add(CDR.ACCOUNT_ID.eq(f.accountId()));
    }
    if (f.carrierId() != null) {
      c.add(CDR.CARRIER_ID.eq(f.carrierId()));
    }
    String digits = f.numberPrefix() == null ? "" : f.numberPrefix().strip().replace("+", "");
    if (!digits.isEmpty()) {
      c.add(CDR.CALLEE.startsWith(digits).or(CDR.CALLEE.startsWith("+" + digits)));
    }
    if (f.from() != null) {
      c.add(CDR.START_TIME.ge(f.from().atOffset(ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      c.add(CDR.START_TIME.lt(f.to().atOffset(ZoneOffset.UTC)));
    }
    if (f.status() != null && !f.status().isBlank()) {
      c.add(CDR.STATUS.eq(f.status()));
    }
    return DSL.and(c);
  }

  private static boolean carrierOnly(Actor actor) {
    return !actor.isStaff() && actor.has(Role.CARRIER) && !actor.has(Role.CUSTOMER);
  }

  private static CdrRow row(CdrRecord r, boolean carrierView) {
    return new CdrRow(r.getSource(), r.getCallId(), r.getAccountRef(), r.getCarrierRef(),
        r.getCaller(), r.getCallee(), r.getStartTime().toInstant(), r.getDuration(), r.getStatus(),
        r.getReason(), carrierView ? null : r.getCustomerPrefix(),
        carrierView ? null : r.getCustomerBillable(), carrierView ? null : r.getCustomerCost(),
        carrierView ? null : r.getCustomerCurrency(), r.getCarrierPrefix(), r.getCarrierBillable(),
        r.getCarrierCost(), r.getCarrierCurrency(), carrierView ? null : r.getMargin());
  }

  static BigDecimal orZero(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }
}
