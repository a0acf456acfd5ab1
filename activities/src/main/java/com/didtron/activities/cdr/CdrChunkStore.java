package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.activities.db.Tables.CDR_INGEST;

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
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores chunks of rated CDRs, one or a few in one transaction: drops CDRs whose (source, call_id,
 * start_time) is already stored (or repeats within the chunk), writes the CDRs with COPY, writes
 * rejected lines, and hands the transaction's charges to the ledger as one usage batch ({@link
 * UsageBatches}) — all or nothing. Chunks of one source are serialised by an advisory lock, so
 * concurrent ingests cannot store a CDR twice.
 */
@Component
class CdrChunkStore {
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

  /** The chunks of one transaction (see {@link #store(Chunks)}), handed out one at a time. */
  @FunctionalInterface
  interface Chunks {
    /** The next chunk to store in this transaction; null when there is none. */
    Chunk next();
  }

  /** Stores one chunk in one transaction. */
  @Transactional
  Stored store(Chunk chunk) {
    Chunk[] once = {chunk};
    return storeAll(
        () -> {
          Chunk c = once[0];
          once[0] = null;
          return c;
        });
  }

  /**
   * Stores the chunks {@code chunks} hands out (at least one, all of the same ingest and source) in
   * one transaction, as one usage batch with one set of charges: the fixed cost of a batch (its
   * usage rows, ledger entries, audit and commit) is paid once for all of them, while each chunk is
   * copied before the next one is asked for and is not kept.
   */
  @Transactional
  Stored store(Chunks chunks) {
    // a file's batches commit without waiting for their WAL to reach the disk: the ingest's closing
    // transaction (CdrIngestService.finish) commits synchronously, and a synchronous commit makes
    // every earlier commit durable with it, so an ingest reported done is on disk. A database
    // crash before that may lose the last batches whole (never half of one), which sending the
    // file again stores, as after any failed ingest
    db.execute("SET LOCAL synchronous_commit = off");
    return storeAll(chunks);
  }

  private Stored storeAll(Chunks chunks) {
    Chunk chunk = chunks.next();
    Actor actor = chunk.actor();
    UUID ingestId = chunk.ingestId();
    String source = chunk.source();
    String workflowId = chunk.workflowId();
    UUID tenant = actor.tenantId().value();
    db.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val(tenant + "/" + source));
    UUID batchId = UUID.randomUUID();
    UsageTotals totals = null;
    List<String> charged = new ArrayList<>();
    long sent = 0;
    long accepted = 0;
    long rejected = 0;
    for (; chunk != null; chunk = chunks.next()) {
      List<RatedCdr> fresh = storeCdrs(tenant, source, batchId, chunk.cdrs());
      Charges charges =
          chunk.charges() != null && fresh.size() == chunk.cdrs().size()
              ? chunk.charges()
              : charges(tenant, fresh);
      if (totals == null) {
        totals = charges.totals();
      } else {
        totals.addAll(charges.totals());
      }
      charged.addAll(charges.charged());
      CdrCopy.rejects(db, ingestId, chunk.rejects());
      sent += chunk.cdrs().size();
      accepted += fresh.size();
      rejected += chunk.rejects().size();
    }
    batches.open(actor, batchId, "INGEST", ingestId, source, workflowId, accepted);
    batches.charge(actor, batchId, source, workflowId, totals);
    long rated = charged.size();
    Stored stored =
        new Stored(accepted, rated, accepted - rated, sent - accepted, rejected, charged);
    count(ingestId, stored);
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
   * Writes the chunk's CDRs that are new and returns them. The common case (no CDR stored before)
   * costs one COPY: the CDRs are copied optimistically under a savepoint; only when the unique key
   * (tenant, start time, source, call id) refuses one (a re-sent CDR) is the COPY rolled back to
   * the savepoint and the stored keys looked up, so the new CDRs are copied alone. Either way
   * inside the chunk's transaction and its advisory lock: a CDR is stored once or not at all.
   */
  private List<RatedCdr> storeCdrs(UUID tenant, String source, UUID batch, List<RatedCdr> cdrs) {
    List<RatedCdr> unique = withoutRepeats(cdrs);
    Instant ratedAt = clock.instant();
    db.execute("SAVEPOINT cdr_keys");
    try {
      CdrCopy.cdrs(db, tenant, source, batch, unique, ratedAt);
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
    CdrCopy.cdrs(db, tenant, source, batch, fresh, ratedAt);
    return fresh;
  }

  /** A CDR's identity within a tenant and source. */
  private record Key(String callId, Instant startTime) {
    static Key of(RatedCdr c) {
      return new Key(c.cdr().callId(), c.cdr().startTime());
    }
  }

  /** The chunk without the CDRs that repeat an earlier call id and start time of the chunk. */
  private static List<RatedCdr> withoutRepeats(List<RatedCdr> cdrs) {
    Set<Key> seen = new HashSet<>(cdrs.size() * 2);
    List<RatedCdr> unique = new ArrayList<>(cdrs.size());
    for (RatedCdr c : cdrs) {
      if (seen.add(Key.of(c))) {
        unique.add(c);
      }
    }
    return unique;
  }

  /**
   * Whether {@code e} is the CDRs' unique key refusing a CDR already stored: the only unique index
   * of {@code cdr} ({@code cdr_tenant_start_key}, named per partition by PostgreSQL).
   */
  private static boolean isKeyConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private List<RatedCdr> withoutDuplicates(UUID tenant, String source, List<RatedCdr> cdrs) {
    String[] ids = new String[cdrs.size()];
    Instant[] starts = new Instant[cdrs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = cdrs.get(i).cdr().callId();
      starts[i] = cdrs.get(i).cdr().startTime();
    }
    var keys =
        DSL.table("unnest({0}, {1})", DSL.val(ids), DSL.val(starts, SQLDataType.INSTANT.array()))
            .as("k", "call_id", "start_time");
    Field<String> keyCallId = DSL.field(DSL.name("k", "call_id"), SQLDataType.CLOB);
    Field<Instant> keyStart = DSL.field(DSL.name("k", "start_time"), SQLDataType.INSTANT);
    Set<Key> seen = new HashSet<>();
    for (Record2<String, Instant> r :
        db.select(CDR.CALL_ID, CDR.START_TIME)
            .from(keys)
            .join(CDR)
            .on(CDR.CALL_ID.eq(keyCallId).and(CDR.START_TIME.eq(keyStart)))
            .where(CDR.TENANT_ID.eq(tenant).and(CDR.SOURCE.eq(source)))
            .fetch()) {
      seen.add(new Key(r.value1(), r.value2()));
    }
    List<RatedCdr> fresh = new ArrayList<>(cdrs.size());
    for (RatedCdr c : cdrs) {
      if (seen.add(Key.of(c))) {
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
