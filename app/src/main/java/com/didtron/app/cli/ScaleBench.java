package com.didtron.app.cli;

import com.didtron.activities.cdr.CdrColumns;
import com.didtron.activities.cdr.CdrCursor;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.CdrSlice;
import com.didtron.activities.cdr.IngestReport;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.statement.StatementService;
import com.didtron.activities.user.UserLogins;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.workflows.invoicing.InvoicingActivities;
import com.didtron.workflows.invoicing.IssueInvoiceRequest;
import com.didtron.workflows.invoicing.IssuedInvoice;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code didtron bench scale}: growth curves on a throw-away platform (embedded PostgreSQL and
 * Temporal in a temporary directory, removed afterwards). CDRs are loaded through the real pipeline
 * up to each size (1M, 5M, 10M; 50M with {@code --large}); at each size it measures the CDR pages
 * (first page with its count, a page at a random depth by cursor, a number-prefix filter, an
 * account and period filter), the invoice run and statement of the big account (a tenth of all
 * CDRs, all in March 2026), the trial balance and the database size, then ingests 2,000,000 more
 * CDRs through the pipeline against a plain COPY of the very rows it stored (rolled back).
 *
 * <p>The traffic: one CDR every 40 ms from 2026-03-01 (about 67 million in March), round-robin over
 * ten customers ("Scale big" is one of them) and one carrier, numbers under a deck of {@code
 * prefixes} prefixes (2 % unmatched: stored unrated). So every size up to 50M, with its measured
 * CDRs and their plain-COPY twins, lies in the March partition: the pipeline and the plain COPY
 * write into the same partition and indexes (a bench whose rows would cross a month says so).
 */
final class ScaleBench {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final long STEP_MILLIS = 40;
  private static final int FILL_FILE = 1_000_000;
  private static final int CUSTOMERS = 10;
  private static final String SOURCE = "switch-1";

  private final ConfigurableApplicationContext platform;
  private final Path dir;
  private final PrintWriter out;
  private final DSLContext db;
  private final Actor admin;
  private final BenchParties parties;
  private final TransactionTemplate tx;
  private final List<String> prefixes;
  private final int queries;
  private final int measured;
  private final List<Account> customers = new ArrayList<>();
  private Account carrier;
  private long loaded;

  private ScaleBench(
      ConfigurableApplicationContext platform,
      Path dir,
      PrintWriter out,
      int prefixCount,
      int queries,
      int measured) {
    this.measured = measured;
    this.platform = platform;
    this.dir = dir;
    this.out = out;
    this.queries = queries;
    this.db = platform.getBean(DSLContext.class);
    this.admin =
        platform.getBean(UserLogins.class).principal(RatingDbBench.ADMIN).orElseThrow().actor();
    this.parties = new BenchParties(platform, admin);
    this.tx = new TransactionTemplate(platform.getBean(PlatformTransactionManager.class));
    this.prefixes = SyntheticData.prefixes(prefixCount, 1);
  }

  static void run(List<Long> sizes, int prefixes, int queries, int measured, PrintWriter out) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-scale-bench");
      String load = AccrualBench.loadAverage();
      try (ConfigurableApplicationContext platform = RatingDbBench.start(dir)) {
        ScaleBench bench = new ScaleBench(platform, dir, out, prefixes, queries, measured);
        bench.header(sizes, load);
        bench.setUp();
        for (long size : sizes) {
          bench.fill(size);
          bench.measure(size);
        }
      }
      out.printf(
          Locale.ROOT, "load average: %s before, %s after%n", load, AccrualBench.loadAverage());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(StartFailure.describe(e), e);
    } finally {
      RatingDbBench.delete(dir);
    }
  }

  private void header(List<Long> sizes, String load) {
    line(
        "DIDTron scale bench: sizes %s CDRs, deck of %,d prefixes, %d customers + 1 carrier,"
            + " %s, %d processors, Java %s, load %s",
        sizes.stream().map(s -> String.format(Locale.ROOT, "%,d", s)).toList(),
        prefixes.size(),
        CUSTOMERS,
        String.valueOf(db.fetchValue("SELECT version()")).replaceAll(" on .*", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        load);
    line(
        "columns: size | ingest CDR/s (%,d more, pipeline) | plain COPY rows/s: csv | binary |"
            + " ratio (pipeline / the faster plain COPY) |"
            + " page p95 ms: first (+count) / cursor at depth / prefix (+count) / account+period"
            + " (+count) | invoice s (big account: CDRs) | statement s | trial balance s | db size",
        measured);
  }

  private void setUp() throws IOException {
    Path sellDeck = dir.resolve("sell.csv");
    Path buyDeck = dir.resolve("buy.csv");
    SyntheticData.writeDeck(sellDeck, prefixes, 2);
    SyntheticData.writeDeck(buyDeck, prefixes, 3);
    carrier = parties.account("Scale carrier", AccountKind.CARRIER, "1000000000");
    parties.importAndActivate(parties.card(carrier, DeckSide.BUY), buyDeck, (p, f) -> {});
    for (int i = 0; i < CUSTOMERS; i++) {
      Account c =
          parties.account(
              i == 0 ? "Scale big" : "Scale customer " + i, AccountKind.CUSTOMER, "1000000000");
      parties.importAndActivate(parties.card(c, DeckSide.SELL), sellDeck, (p, f) -> {});
      customers.add(c);
    }
  }

  /** Loads CDRs through the pipeline until {@code size} are stored. */
  private void fill(long size) throws IOException {
    long t0 = System.nanoTime();
    long from = loaded;
    while (loaded < size) {
      long n = Math.min(FILL_FILE, size - loaded);
      IngestReport r = ingest(write(loaded, n));
      loaded += r.accepted();
      if (r.accepted() != n) {
        throw new IllegalStateException("fill: " + n + " CDRs sent, " + r.summary());
      }
    }
    if (loaded > from) {
      line(
          "loaded %,d → %,d CDRs through the pipeline in %.0f s",
          from, loaded, (System.nanoTime() - t0) / 1e9);
    }
  }

  private void measure(long size) throws IOException {
    db.execute("ANALYZE cdr");
    if (queries == 0) {
      double[] ingest = measuredIngest();
      line(
          "%,11d | %,9.0f | %,9.0f | %,9.0f | %3.0f %% | (pages, invoice, statement: --queries 0)",
          size, ingest[0], ingest[1], ingest[2], 100 * ingest[0] / Math.max(ingest[1], ingest[2]));
      return;
    }
    CdrQueryService cdrs = platform.getBean(CdrQueryService.class);
    UUID big = customers.get(0).id().value();
    Random random = new Random(size);
    CdrFilter all = CdrFilter.all();
    CdrFilter prefix = new CdrFilter(null, null, prefixOf(4), null, null, null);
    // a week from a quarter into the stored traffic (all of it when it spans less)
    Instant periodFrom = at(size / 4);
    CdrFilter accountPeriod =
        new CdrFilter(big, null, null, periodFrom, periodFrom.plus(7, ChronoUnit.DAYS), null);
    double first =
        p95(
            "first page",
            () -> {
              cdrs.count(admin, all);
              return cdrs.slice(admin, all, null, null, 50);
            });
    double deep =
        p95(
            "cursor page",
            () ->
                cdrs.slice(
                    admin,
                    all,
                    new CdrCursor(at((long) (random.nextDouble() * size)), SOURCE, "c"),
                    null,
                    50));
    double byPrefix =
        p95(
            "prefix " + prefix.numberPrefix(),
            () -> {
              cdrs.count(admin, prefix);
              return cdrs.slice(admin, prefix, null, null, 50);
            });
    double byAccount =
        p95(
            "account and period",
            () -> {
              cdrs.count(admin, accountPeriod);
              return cdrs.slice(admin, accountPeriod, null, null, 50);
            });
    long bigCdrs =
        number(
            "SELECT count(*) FROM cdr WHERE account_id = ? AND start_time >= ?::timestamptz"
                + " AND start_time < ?::timestamptz",
            big,
            T0.toString(),
            "2026-04-01T00:00:00Z");
    double[] invoice = invoice(size);
    long t0 = System.nanoTime();
    var statement =
        platform
            .getBean(StatementService.class)
            .statement(
                admin,
                customers.get(0).id(),
                "CUSTOMER",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1));
    double statementSeconds = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    var balance = platform.getBean(Ledger.class).trialBalance(admin.tenantId());
    double trialSeconds = (System.nanoTime() - t0) / 1e9;
    String dbSize =
        String.valueOf(
            db.fetchValue("SELECT pg_size_pretty(pg_database_size(current_database()))"));
    String cdrSize =
        String.valueOf(
            db.fetchValue(
                "SELECT pg_size_pretty(sum(pg_total_relation_size(relid)))"
                    + " FROM pg_partition_tree('cdr')"));
    double[] ingest = measuredIngest();
    line(
        "%,11d | %,9.0f | %,9.0f | %,9.0f | %3.0f %% | %6.1f / %6.1f / %6.1f / %6.1f | %5.2f (%,d CDRs,"
            + " %d lines) | %5.2f (%d rows) | %5.2f (%d lines) | %s (cdr %s)",
        size,
        ingest[0],
        ingest[1],
        ingest[2],
        100 * ingest[0] / Math.max(ingest[1], ingest[2]),
        first,
        deep,
        byPrefix,
        byAccount,
        invoice[0],
        bigCdrs,
        (long) invoice[1],
        statementSeconds,
        statement.rows().size(),
        trialSeconds,
        balance.lines().size(),
        dbSize,
        cdrSize);
  }

  /** A number prefix of the deck with {@code digits} digits (numbers under it exist). */
  private String prefixOf(int digits) {
    return prefixes.stream().filter(p -> p.length() == digits).findFirst().orElse(prefixes.get(0));
  }

  /** 95th percentile in ms of {@code queries} runs after three warm-up runs. */
  private double p95(String what, Supplier<CdrSlice> query) {
    for (int i = 0; i < 3; i++) {
      query.get();
    }
    double[] ms = new double[queries];
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      CdrSlice s = query.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (s.rows().isEmpty()) {
        throw new IllegalStateException("an empty CDR page: " + what + " matches nothing");
      }
    }
    Arrays.sort(ms);
    return ms[(int) Math.ceil(0.95 * queries) - 1];
  }

  /**
   * Issues the big account's March invoice in a transaction rolled back afterwards (so each size
   * bills all of March again); returns seconds and invoice lines.
   */
  private double[] invoice(long size) {
    InvoicingActivities invoicing = platform.getBean(InvoicingActivities.class);
    double[] result = new double[2];
    tx.executeWithoutResult(
        s -> {
          long t0 = System.nanoTime();
          IssuedInvoice issued =
              invoicing.issue(
                  new IssueInvoiceRequest(
                      admin.tenantId().value(),
                      customers.get(0).id().value(),
                      "2026-03",
                      "scale-bench-" + size));
          result[0] = (System.nanoTime() - t0) / 1e9;
          result[1] =
              issued.invoiceId() == null
                  ? 0
                  : number(
                      "SELECT count(*) FROM invoice_line WHERE invoice_id = ?", issued.invoiceId());
          s.setRollbackOnly();
        });
    return result;
  }

  /**
   * Ingests {@code measured} more CDRs, then COPYs the rows it stored again into {@code cdr} in a
   * transaction that is rolled back, as CSV and as binary: CDR/s of the pipeline and rows/s of the
   * plain COPYs. Each of the three starts from the same state, {@linkplain #settle() vacuumed and
   * checkpointed}: no COPY pays for the one before it (a checkpoint it started, the dead rows a
   * rolled-back COPY left where the next one writes, an autovacuum it woke).
   */
  private double[] measuredIngest() throws IOException {
    YearMonth first = YearMonth.from(at(loaded).atZone(ZoneOffset.UTC));
    YearMonth last = YearMonth.from(at(loaded + 2L * measured).atZone(ZoneOffset.UTC));
    if (!first.equals(last)) {
      line(
          "note: the measured CDRs and their plain-COPY twins span %s to %s: the two COPYs may"
              + " write into partitions of different sizes",
          first, last);
    }
    Path file = write(loaded, measured);
    settle();
    long t0 = System.nanoTime();
    IngestReport r = ingest(file);
    double pipeline = r.accepted() / ((System.nanoTime() - t0) / 1e9);
    loaded += r.accepted();
    Path csvRows = export(r, "csv", " WITH (FORMAT csv)");
    Path binaryRows = export(r, "bin", " WITH (FORMAT binary)");
    double csv =
        plainCopy(
            r,
            csvRows,
            " WITH (FORMAT csv, FORCE_NOT_NULL (account_ref, carrier_ref, caller, callee))");
    double binary = plainCopy(r, binaryRows, " WITH (FORMAT binary)");
    settle();
    return new double[] {pipeline, csv, binary};
  }

  /**
   * {@code VACUUM (ANALYZE) cdr} and a {@code CHECKPOINT}, as the database's owner (the platform's
   * own role may do neither).
   */
  private void settle() {
    try (Connection c = platform.getBean(DatabaseLogins.class).owner().connect();
        Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE) cdr");
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot vacuum and checkpoint: " + e.getMessage(), e);
    }
  }

  /** COPYs the rows ingest {@code r} stored out to a file, their start times shifted. */
  private Path export(IngestReport r, String name, String outOptions) {
    Path rows = dir.resolve("plain-copy." + name);
    String stored = stored(r);
    tx.executeWithoutResult(
        s -> {
          try (OutputStream o = Files.newOutputStream(rows)) {
            db.connection(
                c ->
                    c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut(
                            "COPY (SELECT "
                                + shiftedColumns(stored)
                                + " FROM cdr WHERE "
                                + stored
                                + ") TO STDOUT"
                                + outOptions,
                            o));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return rows;
  }

  private static String stored(IngestReport r) {
    return "batch_id IN (SELECT id FROM usage_batch WHERE ingest_id = '" + r.ingestId() + "')";
  }

  /**
   * COPYs {@code rows} (see {@link #export}) into {@code cdr} in a transaction rolled back
   * afterwards, from a settled state; rows/s of the COPY.
   */
  private double plainCopy(IngestReport r, Path rows, String inOptions) {
    settle();
    double[] seconds = new double[1];
    long[] copied = new long[1];
    tx.executeWithoutResult(
        s -> {
          try (InputStream in = Files.newInputStream(rows)) {
            long c0 = System.nanoTime();
            db.connection(
                c ->
                    copied[0] =
                        c.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(
                                "COPY cdr (" + CdrColumns.NAMES + ") FROM STDIN" + inOptions,
                                in,
                                1 << 16));
            seconds[0] = (System.nanoTime() - c0) / 1e9;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          s.setRollbackOnly();
        });
    try {
      Files.delete(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (copied[0] != r.accepted()) {
      throw new IllegalStateException("plain COPY: " + copied[0] + " rows of " + r.accepted());
    }
    return copied[0] / seconds[0];
  }

  /**
   * The columns of {@code cdr} with the start times moved just past the stored rows' span: the very
   * rows again, but not refused by the unique key (tenant, start time, source, call id), and
   * arriving at the key's right edge as the pipeline's did (the same partition unless the span
   * crosses a month).
   */
  private static String shiftedColumns(String stored) {
    return CdrColumns.NAMES.replace(
        " start_time,",
        " start_time + (SELECT max(start_time) - min(start_time) + interval '1 second' FROM cdr"
            + " WHERE "
            + stored
            + "),");
  }

  /** Writes CDRs number {@code from} to {@code from + n - 1} of the synthetic traffic. */
  private Path write(long from, long n) throws IOException {
    Path file = dir.resolve("cdrs-" + from + ".csv");
    Random random = new Random(from);
    String[] accounts = customers.stream().map(Account::name).toArray(String[]::new);
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      w.write("call_id,account,carrier,caller,callee,start_time,duration\n");
      StringBuilder row = new StringBuilder(128);
      for (long i = from; i < from + n; i++) {
        row.setLength(0);
        row.append('c')
            .append(i)
            .append(',')
            .append(accounts[(int) (i % accounts.length)])
            .append(',')
            .append(carrier.name())
            .append(",15550001111,")
            .append(SyntheticData.callee(random, prefixes))
            .append(',')
            .append(at(i))
            .append(',')
            .append(random.nextInt(600))
            .append('\n');
        w.append(row);
      }
    }
    return file;
  }

  /** The start time of CDR number {@code i} of the synthetic traffic. */
  private static Instant at(long i) {
    return T0.plusMillis(STEP_MILLIS * i);
  }

  private IngestReport ingest(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return platform
          .getBean(CdrIngestService.class)
          .ingest(
              admin,
              new IngestRequest(
                  SOURCE, file.getFileName().toString(), IngestRequest.Channel.API, null),
              in);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private long number(String sql, Object... binds) {
    return ((Number) db.fetchValue(sql, binds)).longValue();
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
