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
 * hands the chunk's charges to the ledger ({@link UsageBatches}) — all or nothing. Chunks may be
 * stored at once (two of one file, or of two ingests of the same source): the {@code cdr_key}
 * primary key decides which one stores a CDR, see {@link #store}.
 */
@Component
class CdrChunkStore {
  private static final String KEY_CONSTRAINT = "cdr_key_pkey";

  /** Look-ups of stored keys before a chunk gives up (each finds every key committed before it). */
  private static final int KEY_ATTEMPTS = 10;

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

  /**
   * Stores the chunk in one transaction. No lock serialises chunks of a source: a chunk whose key
   * COPY meets a key another transaction has written but not committed waits for it (the primary
   * key's unique check) and, once it committed, is refused; the chunk then drops the keys it finds
   * stored (READ COMMITTED sees them) and copies the rest. Two chunks waiting on each other's keys
   * end as a deadlock (40P01): the caller runs the whole transaction again. The ledger locks its
   * balances in one global order ({@code Ledger.postAll}), so the charges cannot deadlock.
   */
  @Transactional
  Stored store(Chunk chunk) {
    UUID tenant = chunk.actor().tenantId().value();
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
   * savepoint; only when the primary key refuses one (a re-sent CDR, or one a concurrent chunk
   * committed meanwhile) is the COPY rolled back to the savepoint and the stored keys looked up, so
   * the new ones are copied alone — again under the savepoint, as another chunk may commit one of
   * them between the look-up and the COPY. A CDR is stored once or not at all.
   */
  private List<RatedCdr> storeKeys(UUID tenant, String source, List<RatedCdr> cdrs) {
    List<RatedCdr> fresh = withoutRepeats(cdrs);
    for (int attempt = 1; ; attempt++) {
      db.execute("SAVEPOINT cdr_keys");
      try {
        CdrCopy.keys(db, tenant, source, fresh);
        db.execute("RELEASE SAVEPOINT cdr_keys");
        return fresh;
      } catch (RuntimeException e) {
        if (!isKeyConflict(e) || attempt >= KEY_ATTEMPTS) {
          throw e;
        }
      }
      db.execute("ROLLBACK TO SAVEPOINT cdr_keys");
      db.execute("RELEASE SAVEPOINT cdr_keys");
      fresh = withoutDuplicates(tenant, source, fresh);
    }
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
