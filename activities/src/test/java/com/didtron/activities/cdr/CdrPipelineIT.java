package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.RecordingUsageSink;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CDR files through the platform: parse, rate both legs, store with COPY, charge once. */
class CdrPipelineIT extends ActivitiesIT {
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired RecordingUsageSink ledger;
  @Autowired DSLContext db;
  @Autowired TestClock clock;

  @org.junit.jupiter.api.AfterEach
  void realClockAgain() {
    clock.reset();
  }

  /** A customer and a carrier rated on one USA prefix (sell 0.01, buy 0.005 a minute, 6/6). */
  private RatingFixtures.Pair usaPair() {
    return rating.pair(
        admin(), "1,USA,0.0100,0,6,6,2026-01-01,\n", "1,USA,0.0050,0,6,6,2026-01-01,\n");
  }

  private IngestReport ingest(String source, String csv) {
    return ingest.ingest(
        admin(),
        new IngestRequest(source, "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ratesBothLegsStoresUnratedWithTheirReasonAndChargesEachCdrOnce() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "44,UK,0.0200,0,60,6,2026-01-01,\n", "44,UK,0.0100,0.0010,60,6,2026-01-01,\n");
    String c = p.customer().name();
    String k = p.carrier().name();
    String source = Fixtures.unique("switch");
    String csv =
        RatingFixtures.CDR_HEADER
            + "a1,"
            + c
            + ","
            + k
            + ",100,+442071234567,2026-11-01T10:00:00Z,61\n"
            + "a2,"
            + c
            + ","
            + k
            + ",100,442071234567,2026-12-31T23:59:59Z,10.2\n"
            + "a3,nobody,"
            + k
            + ",100,442071234567,2026-11-01T10:00:00Z,30\n"
            + "a4,"
            + c
            + ","
            + k
            + ",100,44-20,2026-11-01T10:00:00Z,30\n"
            + "a5,"
            + c
            + ","
            + k
            + ",100,442071234567,not-a-time,30\n"
            + "a1,"
            + c
            + ","
            + k
            + ",100,442071234567,2026-11-01T10:00:00Z,61\n";

    clock.set("2027-01-01T00:00:00Z"); // a2 starts in the last second of 2026: inside the window
    IngestReport first = ingest(source, csv);

    assertThat(
            List.of(
                first.accepted(),
                first.rated(),
                first.unrated(),
                first.duplicates(),
                first.rejected()))
        .containsExactly(4L, 2L, 2L, 1L, 1L);
    assertThat(first.firstRejects()).extracting(LineError::line).containsExactly(6L);
    List<UsageBatch> batches = ledger.charging(p.customer().id().value());
    assertThat(batches).hasSize(1);
    UsageCharge customer =
        batches.get(0).charges().stream()
            .filter(ch -> ch.leg() == UsageCharge.Leg.CUSTOMER)
            .findFirst()
            .orElseThrow();
    // 61 s at 60/6 = 66 s * 0.02/60 = 0.022; 10.2 s -> 11 s -> 60 s = 0.02
    assertThat(customer.amount().amount()).isEqualByComparingTo("0.042");
    assertThat(customer.calls()).isEqualTo(2);
    assertThat(customer.billableSeconds()).isEqualTo(126);
    UsageCharge carrier =
        batches.get(0).charges().stream()
            .filter(ch -> ch.leg() == UsageCharge.Leg.CARRIER)
            .findFirst()
            .orElseThrow();
    assertThat(carrier.accountId()).isEqualTo(p.carrier().id().value());
    assertThat(carrier.amount().amount()).isEqualByComparingTo("0.023");
    assertThat(
            db.select(CDR.REASON)
                .from(CDR)
                .where(CDR.SOURCE.eq(source).and(CDR.STATUS.eq(RatingStatus.UNRATED)))
                .orderBy(CDR.CALL_ID)
                .fetch(CDR.REASON))
        .containsExactly("NO_CUSTOMER_RATE", "INVALID_NUMBER");
    assertThat(
            db.fetchValue(
                "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                    + "WHERE c.relname IN ('cdr_2026_11', 'cdr_2026_12')",
                Long.class))
        .isEqualTo(2L);

    IngestReport again = ingest(source, csv);

    assertThat(List.of(again.accepted(), again.duplicates(), again.rejected()))
        .containsExactly(0L, 5L, 1L);
    assertThat(ledger.charging(p.customer().id().value())).hasSize(1);
    assertThat(db.fetchCount(CDR, CDR.SOURCE.eq(source))).isEqualTo(4);
  }

  @Test
  void theSameCallIdFromAnotherSourceIsAnotherCdr() {
    RatingFixtures.Pair p = usaPair();
    String row =
        RatingFixtures.CDR_HEADER
            + "x1,"
            + p.customer().name()
            + ","
            + p.carrier().id()
            + ",1,12125550100,2026-11-02T00:00:00Z,6\n";

    assertThat(ingest(Fixtures.unique("a"), row).rated()).isEqualTo(1);
    assertThat(ingest(Fixtures.unique("b"), row).rated()).isEqualTo(1);
  }

  @Test
  void aFileMixingStoredAndNewCdrsStoresAndChargesOnlyTheNewOnes() {
    RatingFixtures.Pair p = usaPair();
    String source = Fixtures.unique("mix");
    String head = RatingFixtures.CDR_HEADER;
    String m1 = row("m1", p, "2026-11-02T00:00:00Z", 60);
    String m2 = row("m2", p, "2026-11-02T00:01:00Z", 120);
    String m3 = row("m3", p, "2026-11-02T00:02:00Z", 180);
    assertThat(ingest(source, head + m1 + m2).accepted()).isEqualTo(2);

    // m2 again (the same call id and start time, another duration) beside a new m3: the keys'
    // optimistic COPY meets the stored m2, and only m3 is stored and charged
    IngestReport mixed = ingest(source, head + row("m2", p, "2026-11-02T00:01:00Z", 999) + m3);

    assertThat(List.of(mixed.accepted(), mixed.rated(), mixed.duplicates()))
        .containsExactly(1L, 1L, 1L);
    List<UsageBatch> batches = ledger.charging(p.customer().id().value());
    assertThat(batches).hasSize(2);
    UsageCharge last =
        batches.get(1).charges().stream()
            .filter(ch -> ch.leg() == UsageCharge.Leg.CUSTOMER)
            .findFirst()
            .orElseThrow();
    assertThat(last.calls()).isEqualTo(1);
    assertThat(last.billableSeconds()).isEqualTo(180);
    assertThat(
            db.select(CDR.CALL_ID, CDR.DURATION)
                .from(CDR)
                .where(CDR.SOURCE.eq(source))
                .orderBy(CDR.CALL_ID)
                .fetch(r -> r.value1() + "=" + r.value2().stripTrailingZeros().toPlainString()))
        .containsExactly("m1=60", "m2=120", "m3=180");
  }

  @Test
  void aCallIdIsADuplicateOnlyWithItsStartTime() {
    RatingFixtures.Pair p = usaPair();
    String source = Fixtures.unique("reuse");
    String head = RatingFixtures.CDR_HEADER;
    // the same call id and start time twice in one file: one CDR; the id again an hour later
    // (a switch re-using a call id for another call): a call of its own
    IngestReport first =
        ingest(
            source,
            head
                + row("r1", p, "2026-11-03T00:00:00Z", 60)
                + row("r1", p, "2026-11-03T00:00:00Z", 90)
                + row("r1", p, "2026-11-03T01:00:00Z", 30));
    assertThat(List.of(first.accepted(), first.rated(), first.duplicates()))
        .containsExactly(2L, 2L, 1L);
    // the file again, and the 01:00 call once more with another duration: all duplicates
    IngestReport again =
        ingest(
            source,
            head
                + row("r1", p, "2026-11-03T00:00:00Z", 60)
                + row("r1", p, "2026-11-03T01:00:00Z", 45));
    assertThat(List.of(again.accepted(), again.duplicates())).containsExactly(0L, 2L);
    assertThat(
            db.select(CDR.START_TIME, CDR.DURATION)
                .from(CDR)
                .where(CDR.SOURCE.eq(source))
                .orderBy(CDR.START_TIME)
                .fetch(r -> r.value1() + "=" + r.value2().stripTrailingZeros().toPlainString()))
        .containsExactly("2026-11-03T00:00:00Z=60", "2026-11-03T01:00:00Z=30");
    List<UsageBatch> batches = ledger.charging(p.customer().id().value());
    assertThat(batches).hasSize(1);
    assertThat(
            batches.get(0).charges().stream()
                .filter(ch -> ch.leg() == UsageCharge.Leg.CUSTOMER)
                .mapToLong(UsageCharge::calls)
                .sum())
        .isEqualTo(2);
  }

  @Test
  void twoConcurrentIngestsOfOverlappingFilesStoreAndChargeEachCdrOnce() throws Exception {
    RatingFixtures.Pair p = usaPair();
    String source = Fixtures.unique("overlap");
    // each file spans several chunks (120,000 CDRs); the second file runs backwards through the
    // shared 60,000 call ids, so concurrent chunks would meet each other's keys in both orders
    // were they not serialised (a chunk is one transaction under the advisory lock on tenant and
    // source)
    int size = 120_000;
    int shift = 60_000;
    StringBuilder first = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < size; i++) {
      first.append(row(p, i));
    }
    StringBuilder second = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = shift + size - 1; i >= shift; i--) {
      second.append(row(p, i));
    }
    second.append("bad,line\n");

    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<IngestReport> a = two.submit(() -> ingest(source, first.toString()));
      Future<IngestReport> b = two.submit(() -> ingest(source, second.toString()));
      IngestReport ra = a.get(5, TimeUnit.MINUTES);
      IngestReport rb = b.get(5, TimeUnit.MINUTES);

      int all = size + shift;
      assertThat(ra.accepted() + ra.duplicates()).isEqualTo(size);
      assertThat(rb.accepted() + rb.duplicates()).isEqualTo(size);
      assertThat(ra.accepted() + rb.accepted()).isEqualTo(all);
      assertThat(ra.duplicates() + rb.duplicates()).isEqualTo(size - shift);
      assertThat(ra.rated() + rb.rated()).isEqualTo(all);
      assertThat(List.of(ra.rejected(), rb.rejected())).containsExactly(0L, 1L);
      assertThat(rb.firstRejects()).extracting(LineError::line).containsExactly(size + 2L);
      assertThat(db.fetchCount(CDR, CDR.SOURCE.eq(source))).isEqualTo(all);
      assertThat(count("SELECT count(DISTINCT call_id) FROM cdr WHERE source = ?", source))
          .isEqualTo((long) all);
      assertThat(
              count("SELECT coalesce(sum(accepted), 0) FROM cdr_ingest WHERE source = ?", source))
          .isEqualTo((long) all);
      // charged once: the calls of every batch charged to the customer add up to the CDRs stored,
      // and the ledger received each batch once
      List<UsageBatch> batches = ledger.charging(p.customer().id().value());
      assertThat(
              batches.stream()
                  .flatMap(x -> x.charges().stream())
                  .filter(ch -> ch.leg() == UsageCharge.Leg.CUSTOMER)
                  .mapToLong(UsageCharge::calls)
                  .sum())
          .isEqualTo(all);
      assertThat(count("SELECT count(*) FROM ledger_usage_batch WHERE source = ?", source))
          .isEqualTo(
              count(
                  "SELECT count(*) FROM usage_batch b WHERE b.source = ? AND EXISTS "
                      + "(SELECT 1 FROM usage_charge c WHERE c.batch_id = b.id)",
                  source));
    } finally {
      two.shutdownNow();
    }
  }

  private long count(String sql, String source) {
    return ((Number) db.fetchValue(sql, source)).longValue();
  }

  private static String row(RatingFixtures.Pair p, int i) {
    return row("o" + i, p, Instant.parse("2026-11-03T00:00:00Z").plusSeconds(i).toString(), 6);
  }

  private static String row(String callId, RatingFixtures.Pair p, String start, int seconds) {
    return callId
        + ","
        + p.customer().name()
        + ","
        + p.carrier().id()
        + ",1,12125550100,"
        + start
        + ","
        + seconds
        + "\n";
  }

  @Test
  void aLongFileIsStoredInBatchesOfFourChunksEachChargedOnce() {
    RatingFixtures.Pair p = usaPair();
    String source = Fixtures.unique("batches");
    // 9 chunks and a bit (with the bad line): batches of 4, 4 and 2 chunks, the last one short
    int size = CdrIngestService.CHUNK * 9 + 7;
    StringBuilder file = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < size; i++) {
      file.append(row(p, i));
      if (i == CdrIngestService.CHUNK * 5) {
        file.append("bad,line\n");
      }
    }

    IngestReport report = ingest(source, file.toString());

    assertThat(List.of(report.accepted(), report.rated(), report.rejected()))
        .containsExactly((long) size, (long) size, 1L);
    int batch = CdrIngestService.CHUNK * CdrIngestService.CHUNKS_PER_BATCH;
    // a chunk is so many lines of the file: the bad line takes a place in the second batch
    Long[] expected = {(long) batch, batch - 1L, size - 2L * batch + 1};
    assertThat(
            db.fetch(
                    "SELECT cdrs FROM usage_batch WHERE ingest_id = ? ORDER BY created_at, cdrs"
                        + " DESC",
                    report.ingestId())
                .map(r -> ((Number) r.get(0)).longValue()))
        .containsExactly(expected);
    // every CDR carries the batch that charged it
    assertThat(
            db.fetch(
                    "SELECT count(*) FROM cdr c JOIN usage_batch b ON b.id = c.batch_id"
                        + " WHERE c.source = ? AND b.ingest_id = ? GROUP BY b.id ORDER BY 1 DESC",
                    source,
                    report.ingestId())
                .map(r -> ((Number) r.get(0)).longValue()))
        .containsExactly(expected);
    List<UsageBatch> charged = ledger.charging(p.customer().id().value());
    assertThat(
            charged.stream()
                .filter(b -> b.source().equals(source))
                .map(
                    b ->
                        b.charges().stream()
                            .filter(ch -> ch.leg() == UsageCharge.Leg.CUSTOMER)
                            .mapToLong(UsageCharge::calls)
                            .sum()))
        .containsExactly(expected);
    assertThat(count("SELECT count(*) FROM ledger_usage_batch WHERE source = ?", source))
        .isEqualTo(3L);
    assertThat(report.firstRejects())
        .extracting(LineError::line)
        .containsExactly(CdrIngestService.CHUNK * 5 + 3L);
  }

  @Test
  void aFileThatBreaksOffKeepsTheBatchesStoredBeforeAndAuditsTheStop() {
    RatingFixtures.Pair p = usaPair();
    String source = Fixtures.unique("broken");
    // a batch and a chunk and a bit, then the connection breaks: the whole first batch stays, the
    // second (its first chunk already copied) is rolled back whole
    int sent = CdrIngestService.CHUNK * (CdrIngestService.CHUNKS_PER_BATCH + 1) + 5_000;
    StringBuilder rows = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < sent; i++) {
      rows.append(row(p, i));
    }
    InputStream body = new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
    InputStream breaking =
        new FilterInputStream(body) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
              throw new IOException("connection reset");
            }
            return n;
          }
        };

    assertThatThrownBy(
            () ->
                ingest.ingest(
                    admin(),
                    new IngestRequest(source, "cdrs.csv", IngestRequest.Channel.API, null),
                    breaking))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("connection reset");

    int batch = CdrIngestService.CHUNK * CdrIngestService.CHUNKS_PER_BATCH;
    assertThat(db.fetchCount(CDR, CDR.SOURCE.eq(source))).isEqualTo(batch);
    assertThat(count("SELECT count(*) FROM ledger_usage_batch WHERE source = ?", source))
        .isEqualTo(1L);
    assertThat(
            db.fetch(
                    "SELECT a.after ->> 'result' FROM audit_log a JOIN cdr_ingest i"
                        + " ON a.entity_id = i.id::text WHERE a.entity_type = 'cdr_ingest'"
                        + " AND i.source = ? AND a.action = 'UPDATE'",
                    source)
                .map(r -> r.get(0, String.class)))
        .singleElement()
        .asString()
        .startsWith("stopped: ")
        .contains("connection reset");
  }

  @Test
  void aWrongHeaderStoresNothing() {
    IngestReport report = ingest("x", "id,who\n1,2\n");

    assertThat(report.refusal()).startsWith("the header line cannot be used");
    assertThat(report.ingestId()).isNull();
  }
}
