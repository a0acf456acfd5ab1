package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR_INGEST;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.input.CappedInputStream;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.input.InputTooLarge;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.rating.cdr.CdrParser;
import com.didtron.rating.deck.LineError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CDR pipeline: a CDR file (UI upload, API, inbox) is parsed in chunks, each CDR rated on both
 * legs with the active decks, and up to {@value #CHUNKS_PER_BATCH} consecutive chunks stored in one
 * transaction with their charges, one usage batch (see {@link CdrChunkStore}). Unreadable lines are
 * kept with their line and reason; unrated CDRs are stored with theirs and can be re-rated later.
 * Ingesting a file again stores and charges nothing twice: its CDRs come back as duplicates. The
 * file is read as a stream, chunk by chunk: memory stays bounded whatever its size.
 */
@Service
public class CdrIngestService {
  static final int CHUNK = 25_000;

  /**
   * Chunks stored in one transaction and charged as one usage batch: the batch's fixed cost (usage
   * rows, ledger entries, audit, commit: ~2 µs a CDR with one chunk a batch at 10M CDRs stored) is
   * shared by 100,000 CDRs, while memory still holds at most three chunks (each is copied before
   * the next one is taken).
   */
  static final int CHUNKS_PER_BATCH = 4;

  private static final int SHOWN_REJECTS = 100;

  private final DSLContext db;
  private final Accounts accounts;
  private final ActiveDecks decks;
  private final CdrPartitions partitions;
  private final CdrChunkStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final InputLimits limits;

  CdrIngestService(
      DSLContext db,
      Accounts accounts,
      ActiveDecks decks,
      CdrPartitions partitions,
      CdrChunkStore store,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions,
      InputLimits limits) {
    this.limits = limits;
    this.db = db;
    this.accounts = accounts;
    this.decks = decks;
    this.partitions = partitions;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Ingests one CDR file; see the class comment. CDRs outside the window of {@link InputLimits}
   * become rejected lines; a file past its size cap stops with {@link InputTooLarge} (the chunks
   * stored before stay stored: sending the rest again stores nothing twice).
   */
  public IngestReport ingest(Actor actor, IngestRequest request, InputStream file) {
    RatingAccess.requireWriter(actor);
    try {
      CdrParser parser =
          CdrParser.open(
              new CappedInputStream(
                  file, limits.cdrUpload().toBytes(), "The CDR file", "didtron.limits.cdr-upload"),
              limits.cdrWindow(clock));
      if (!parser.headerProblems().isEmpty()) {
        return new IngestReport(
            null,
            0,
            0,
            0,
            0,
            0,
            parser.headerProblems().stream().map(p -> new LineError(1, p)).toList(),
            "the header line cannot be used: " + String.join("; ", parser.headerProblems()));
      }
      UUID ingestId = begin(actor, request);
      AccountDirectory accounts =
          tx.execute(s -> AccountDirectory.of(this.accounts, actor.tenantId().value()));
      Totals totals;
      try {
        totals = readAll(actor, request, ingestId, parser, accounts);
      } catch (IOException | RuntimeException e) {
        stopped(actor, ingestId, e);
        throw e;
      }
      return finish(actor, ingestId, totals);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CDR file", e);
    }
  }

  /**
   * Ingests CDRs that arrive as records rather than a file (a switch's rows, {@link CdrRecords}):
   * rated, stored and charged exactly as a file's chunks. Runs in the caller's transaction when
   * there is one.
   */
  CdrRecords.Stored ingestLines(Actor actor, IngestRequest request, List<CdrParser.Line> lines) {
    RatingAccess.requireWriter(actor);
    UUID ingestId = begin(actor, request);
    AccountDirectory accounts =
        tx.execute(s -> AccountDirectory.of(this.accounts, actor.tenantId().value()));
    Totals totals = new Totals();
    List<String> charged = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += CHUNK) {
      List<CdrParser.Line> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
      CdrChunkStore.Stored stored =
          storeChunk(actor, request, ingestId, chunk, List.of(), accounts);
      totals.add(stored, List.of());
      charged.addAll(stored.charged());
    }
    finish(actor, ingestId, totals);
    return new CdrRecords.Stored(
        ingestId, totals.accepted, totals.rated, totals.unrated, totals.duplicates, charged);
  }

  private CdrChunkStore.Stored storeChunk(
      Actor actor,
      IngestRequest request,
      UUID ingestId,
      List<CdrParser.Line> lines,
      List<LineError> rejects,
      AccountDirectory accounts) {
    return store(actor, request, ingestId, rate(lines, accounts), rejects);
  }

  private List<RatedCdr> rate(List<CdrParser.Line> lines, AccountDirectory accounts) {
    List<RatedCdr> rated = new ArrayList<>(lines.size());
    for (CdrParser.Line l : lines) {
      rated.add(CdrRater.rate(l.line(), l.cdr(), accounts, decks.decks()));
    }
    return rated;
  }

  private CdrChunkStore.Stored store(
      Actor actor,
      IngestRequest request,
      UUID ingestId,
      List<RatedCdr> rated,
      List<LineError> rejects) {
    partitions.ensure(rated.stream().map(c -> c.cdr().startTime()).toList());
    return store.store(
        new CdrChunkStore.Chunk(
            actor, ingestId, request.source(), request.workflowId(), rated, rejects));
  }

  /**
   * A parsed and rated chunk on its way from the reading thread to the storing one, with its
   * partitions made and its charges summed ahead.
   */
  private record Rated(
      List<RatedCdr> cdrs,
      List<LineError> rejects,
      CdrChunkStore.Charges charges,
      Throwable failure) {}

  private static final Rated END = new Rated(List.of(), List.of(), null, null);

  /**
   * Reads, parses and rates the file on a thread of its own while this thread stores the chunk
   * before (a producer and a consumer over a queue of one chunk: at most three chunks in memory),
   * so the database's COPY and the CPU's parsing overlap. Chunks are stored in file order, each in
   * its own transaction, by this thread only.
   */
  private Totals readAll(
      Actor actor,
      IngestRequest request,
      UUID ingestId,
      CdrParser parser,
      AccountDirectory accounts)
      throws IOException {
    BlockingQueue<Rated> queue = new ArrayBlockingQueue<>(1);
    AtomicBoolean stop = new AtomicBoolean();
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .name("cdr-parse-" + ingestId)
            .start(() -> produce(actor, parser, accounts, queue, stop));
    Totals totals = new Totals();
    boolean done = false;
    try {
      Rated first = take(queue);
      while (first != END) {
        Batch batch = new Batch(queue, first, actor, ingestId, request);
        first = null; // the batch hands it over, then lets it go
        totals.add(store.store(batch), batch.rejects);
        first = batch.end ? END : take(queue);
      }
      done = true;
    } finally {
      if (!done) {
        stop.set(true);
        queue.clear();
        reader.interrupt();
      }
    }
    return totals;
  }

  /** The next chunk from the reading thread (its failure thrown here). */
  private static Rated take(BlockingQueue<Rated> queue) throws IOException {
    Rated next;
    try {
      next = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("CDR ingest interrupted", e);
    }
    if (next.failure() != null) {
      throw rethrow(next.failure());
    }
    return next;
  }

  /**
   * The chunks of one transaction, taken from the reading thread as the store asks for them: up to
   * {@link #CHUNKS_PER_BATCH}, fewer at the end of the file.
   */
  private static final class Batch implements CdrChunkStore.Chunks {
    private final BlockingQueue<Rated> queue;
    private final Actor actor;
    private final UUID ingestId;
    private final IngestRequest request;
    final List<LineError> rejects = new ArrayList<>();
    private Rated first;
    private int chunks;
    boolean end;

    Batch(
        BlockingQueue<Rated> queue,
        Rated first,
        Actor actor,
        UUID ingestId,
        IngestRequest request) {
      this.queue = queue;
      this.first = first;
      this.actor = actor;
      this.ingestId = ingestId;
      this.request = request;
    }

    private CdrChunkStore.Chunk chunk(Rated r) {
      chunks++;
      rejects.addAll(r.rejects());
      return new CdrChunkStore.Chunk(
          actor,
          ingestId,
          request.source(),
          request.workflowId(),
          r.cdrs(),
          r.rejects(),
          r.charges());
    }

    @Override
    public CdrChunkStore.Chunk next() {
      if (first != null) {
        Rated r = first;
        first = null;
        return chunk(r);
      }
      if (end || chunks == CHUNKS_PER_BATCH) {
        return null;
      }
      Rated r;
      try {
        r = take(queue);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the CDR file", e);
      }
      if (r == END) {
        end = true;
        return null;
      }
      return chunk(r);
    }
  }

  private void produce(
      Actor actor,
      CdrParser parser,
      AccountDirectory accounts,
      BlockingQueue<Rated> queue,
      AtomicBoolean stop) {
    try {
      try {
        boolean more = true;
        while (more && !stop.get()) {
          List<CdrParser.Line> lines = new ArrayList<>(CHUNK);
          List<LineError> rejects = new ArrayList<>();
          more = parser.read(CHUNK, lines, rejects);
          if (lines.isEmpty() && rejects.isEmpty()) {
            break;
          }
          List<RatedCdr> rated = rate(lines, accounts);
          partitions.ensure(rated.stream().map(c -> c.cdr().startTime()).toList());
          queue.put(
              new Rated(rated, rejects, store.charges(actor.tenantId().value(), rated), null));
        }
        queue.put(END);
      } catch (RuntimeException | IOException | Error e) {
        queue.put(new Rated(List.of(), List.of(), null, e));
      }
    } catch (InterruptedException e) {
      // the storing side gave up: nothing waits for more chunks
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrow(Throwable t) throws IOException {
    switch (t) {
      case IOException e -> throw e;
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(t);
    }
  }

  private UUID begin(Actor actor, IngestRequest request) {
    UUID id = UUID.randomUUID();
    tx.executeWithoutResult(
        s -> {
          db.insertInto(CDR_INGEST)
              .set(CDR_INGEST.ID, id)
              .set(CDR_INGEST.TENANT_ID, actor.tenantId().value())
              .set(CDR_INGEST.SOURCE, request.source())
              .set(CDR_INGEST.FILE_NAME, request.fileName())
              .set(CDR_INGEST.CHANNEL, request.channel().name())
              .set(CDR_INGEST.WORKFLOW_ID, request.workflowId())
              .set(CDR_INGEST.STARTED_AT, clock.instant())
              .set(CDR_INGEST.CREATED_BY, actor.name())
              .execute();
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("source", request.source());
          after.put("file", request.fileName());
          after.put("channel", request.channel().name());
          audit.record(
              actor,
              actor.tenantId(),
              AuditAction.CREATE,
              "cdr_ingest",
              id.toString(),
              null,
              after,
              request.workflowId());
        });
    return id;
  }

  /**
   * Audits an ingest that stopped before the end of its file, in a transaction committed
   * synchronously: as {@link #finish} does for a complete one, this makes the batches it stored
   * before durable (the caller is told they stay stored).
   */
  private void stopped(Actor actor, UUID ingestId, Exception cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason =
        root == cause || root.getMessage() == null
            ? String.valueOf(cause.getMessage())
            : cause.getMessage() + ": " + root.getMessage();
    try {
      tx.executeWithoutResult(
          s ->
              audit.record(
                  actor,
                  actor.tenantId(),
                  AuditAction.UPDATE,
                  "cdr_ingest",
                  ingestId.toString(),
                  null,
                  Map.of("result", "stopped: " + reason)));
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Closes the ingest in a transaction committed synchronously (the default), which also makes
   * every batch committed before it durable (see {@link
   * CdrChunkStore#store(CdrChunkStore.Chunks)}).
   */
  private IngestReport finish(Actor actor, UUID ingestId, Totals t) {
    IngestReport report =
        new IngestReport(
            ingestId,
            t.accepted,
            t.rated,
            t.unrated,
            t.duplicates,
            t.rejected,
            t.firstRejects,
            null);
    tx.executeWithoutResult(
        s -> {
          db.update(CDR_INGEST)
              .set(CDR_INGEST.FINISHED_AT, clock.instant())
              .where(CDR_INGEST.ID.eq(ingestId))
              .execute();
          audit.record(
              actor,
              actor.tenantId(),
              AuditAction.UPDATE,
              "cdr_ingest",
              ingestId.toString(),
              null,
              Map.of("result", report.summary()));
        });
    return report;
  }

  /** Running totals over the chunks of one file. */
  private static final class Totals {
    long accepted;
    long rated;
    long unrated;
    long duplicates;
    long rejected;
    final List<LineError> firstRejects = new ArrayList<>();

    void add(CdrChunkStore.Stored s, List<LineError> rejects) {
      accepted += s.accepted();
      rated += s.rated();
      unrated += s.unrated();
      duplicates += s.duplicates();
      rejected += s.rejected();
      rejects.stream()
          .limit(Math.max(0, SHOWN_REJECTS - firstRejects.size()))
          .forEach(firstRejects::add);
    }
  }
}
