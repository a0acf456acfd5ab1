package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR_INGEST;
import static com.didtron.activities.db.Tables.CDR_KEY;

import com.didtron.activities.usage.UsagePeriods;
import com.didtron.domain.access.Actor;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.LegRating;
import com.didtron.rating.engine.RatedCall;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one chunk of rated CDRs in one transaction: drops CDRs whose (source, call_id) is already
 * stored (or repeats within the chunk), writes keys and CDRs with COPY, writes rejected lines, and
 * hands the chunk's charges to the ledger ({@link UsageBatches}) — all or nothing. Chunks of one
 * source are serialised by an advisory lock, so concurrent ingests cannot store a CDR twice.
 */
@Component
class CdrChunkStore {
  private static final String KEY_CONSTRAINT = "cdr_key_pkey";
  private final DSLContext db;
  private final UsageBatches batches;
  private final Clock clock;
  private final UsagePeriods periods;

  CdrChunkStore(DSLContext db, UsageBatches batches, Clock clock, UsagePeriods periods) {
    this.periods = periods;
    this.db = db;
    this.batches = batches;
    this.clock = clock;
  }

  /**
   * One chunk of an ingest.
   *
   * @param rejects lines of this chunk that were not readable CDRs
   */
  record Chunk(
      Actor actor,
      UUID ingestId,
      String source,
      String workflowId,
      List<RatedCdr> cdrs,
      List<LineError> rejects,
      Charges charges) {

    Chunk(
        Actor actor,
        UUID ingestId,
        String source,
        String workflowId,
        List<RatedCdr> cdrs,
        List<LineError> rejects) {
      this(actor, ingestId, source, workflowId, cdrs, rejects, null);
    }
  }

  /**
   * The charges of all CDRs of a chunk, summed ahead (on the reading thread, beside the store of
   * the chunk before); used as they are when the chunk holds no duplicate.
   *
   * @param charged the call ids of the rated CDRs
   */
  record Charges(UsageTotals totals, List<String> charged) {}

  /** Sums the charges of {@code cdrs} (all of them, none dropped as a duplicate). */
  Charges charges(UUID tenant, List<RatedCdr> cdrs) {
    UsageTotals totals = new UsageTotals(periods.forTenant(tenant));
    List<String> charged = new ArrayList<>();
    for (RatedCdr c : cdrs) {
      if (c.rating().isRated()) {
        charged.add(c.cdr().callId());
        addCharges(totals, c);
      }
    }
    return new Charges(totals, charged);
  }

  /**
   * What the chunk stored.
   *
   * @param charged the call ids of the CDRs rated and charged now
   */
  record Stored(
      long accepted,
      long rated,
      long unrated,
      long duplicates,
      long rejected,
      List<String> charged) {}

  @Transactional
  Stored store(Chunk chunk) {
    UUID tenant = chunk.actor().tenantId().value();
    db.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))",
        DSL.val(tenant + "/" + chunk.source()));
    List<RatedCdr> fresh = storeKeys(tenant, chunk.source(), chunk.cdrs());
    UUID batchId = UUID.randomUUID();
    Charges charges =
        chunk.charges() != null && fresh.size() == chunk.cdrs().size()
            ? chunk.charges()
            : charges(tenant, fresh);
    UsageTotals totals = charges.totals();
    List<String> charged = charges.charged();
    long rated = charged.size();
    batches.open(
        chunk.actor(),
        batchId,
        "INGEST",
        chunk.ingestId(),
        chunk.source(),
        chunk.workflowId(),
        fresh.size());
    CdrCopy.cdrs(db, tenant, chunk.source(), batchId, fresh, clock.instant());
    CdrCopy.rejects(db, chunk.ingestId(), chunk.rejects());
    batches.charge(chunk.actor(), batchId, chunk.source(), chunk.workflowId(), totals);
    Stored stored =
        new Stored(
            fresh.size(),
            rated,
            fresh.size() - rated,
            chunk.cdrs().size() - fresh.size(),
            chunk.rejects().size(),
            charged);
    count(chunk.ingestId(), stored);
    return stored;
  }

  static void addCharges(UsageTotals totals, RatedCdr c) {
    RatedCall r = c.rating();
    Instant started = c.cdr().startTime();
    totals.add(
        c.accountId(),
        UsageCharge.Leg.CUSTOMER,
        c.sellCurrency(),
        destination(r.customer()),
        started,
        r.customer().cost(),
        1,
        r.customer().billableSeconds());
    if (c.carrierId() == null) {
      // an inbound call to a number: no carrier account to charge (see InboundRates)
      return;
    }
    totals.add(
        c.carrierId(),
        UsageCharge.Leg.CARRIER,
        c.buyCurrency(),
        destination(r.carrier()),
        started,
        r.carrier().cost(),
        1,
        r.carrier().billableSeconds());
  }

  private static String destination(LegRating leg) {
    return UsageTotals.destination(leg.destination(), leg.prefix());
  }

  /**
   * Writes the idempotency keys of the chunk's CDRs that are new and returns those CDRs. The common
   * case (no CDR stored before) costs one COPY: the keys are copied optimistically under a
   * savepoint; only when the primary key refuses one (a re-sent CDR) is the COPY rolled back to the
   * savepoint and the stored keys looked up, so the new ones are copied alone. Either way inside
   * the chunk's transaction and its advisory lock: a CDR is stored once or not at all.
   */
  private List<RatedCdr> storeKeys(UUID tenant, String source, List<RatedCdr> cdrs) {
    List<RatedCdr> unique = withoutRepeats(cdrs);
    db.execute("SAVEPOINT cdr_keys");
    try {
      CdrCopy.keys(db, tenant, source, unique);
      db.execute("RELEASE SAVEPOINT cdr_keys");
      return unique;
    } catch (RuntimeException e) {
      if (!isKeyConflict(e)) {
        throw e;
      }
    }
    db.execute("ROLLBACK TO SAVEPOINT cdr_keys");
    db.execute("RELEASE SAVEPOINT cdr_keys");
    List<RatedCdr> fresh = withoutDuplicates(tenant, source, unique);
    CdrCopy.keys(db, tenant, source, fresh);
    return fresh;
  }

  /** The chunk without the CDRs that repeat an earlier call id of the chunk. */
  private static List<RatedCdr> withoutRepeats(List<RatedCdr> cdrs) {
    Set<String> seen = new HashSet<>(cdrs.size() * 2);
    List<RatedCdr> unique = new ArrayList<>(cdrs.size());
    for (RatedCdr c : cdrs) {
      if (seen.add(c.cdr().callId())) {
        unique.add(c);
      }
    }
    return unique;
  }

  /** Whether {@code e} is the key table's primary key refusing a key already stored. */
  private static boolean isKeyConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        ServerErrorMessage m = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return m != null && m.getConstraint() != null
            ? KEY_CONSTRAINT.equals(m.getConstraint())
            : String.valueOf(sql.getMessage()).contains(KEY_CONSTRAINT);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private List<RatedCdr> withoutDuplicates(UUID tenant, String source, List<RatedCdr> cdrs) {
    String[] ids = cdrs.stream().map(c -> c.cdr().callId()).toArray(String[]::new);
    Set<String> seen =
        new HashSet<>(
            db.select(CDR_KEY.CALL_ID)
                .from(CDR_KEY)
                .where(
                    CDR_KEY
                        .TENANT_ID
                        .eq(tenant)
                        .and(CDR_KEY.SOURCE.eq(source))
                        .and(CDR_KEY.CALL_ID.eq(DSL.any(ids))))
                .fetch(CDR_KEY.CALL_ID));
    List<RatedCdr> fresh = new ArrayList<>(cdrs.size());
    for (RatedCdr c : cdrs) {
      if (seen.add(c.cdr().callId())) {
        fresh.add(c);
      }
    }
    return fresh;
  }

  private void count(UUID ingestId, Stored s) {
    db.update(CDR_INGEST)
        .set(CDR_INGEST.ACCEPTED, CDR_INGEST.ACCEPTED.plus(s.accepted()))
        .set(CDR_INGEST.RATED, CDR_INGEST.RATED.plus(s.rated()))
        .set(CDR_INGEST.UNRATED, CDR_INGEST.UNRATED.plus(s.unrated()))
        .set(CDR_INGEST.DUPLICATES, CDR_INGEST.DUPLICATES.plus(s.duplicates()))
        .set(CDR_INGEST.REJECTED, CDR_INGEST.REJECTED.plus(s.rejected()))
        .where(CDR_INGEST.ID.eq(ingestId))
        .execute();
  }
}
