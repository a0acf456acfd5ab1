package com.didtron.app.cli;

import com.didtron.activities.cdr.CdrColumns;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestReport;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.copy.PgCopy;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.engine.CompiledDeck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@code didtron bench rating-db} measures, side by side: a deck imported and activated
 * through the platform (parse, compare with the active version, COPY, compile, swap), a naive SQL
 * longest-prefix lookup against the in-memory index, and the CDR pipeline (parse, rate both legs,
 * de-duplicate, COPY the CDRs, charge the ledger) against a plain COPY of the same rows.
 */
final class RatingDbScenario {
  private static final int SQL_LOOKUPS = 40;
  private static final String SQL_LONGEST_PREFIX =
      "SELECT prefix FROM rate_entry WHERE version_id = ?::uuid AND ?::text LIKE prefix || '%'"
          + " AND effective_from <= ?::timestamptz AND (effective_to IS NULL OR effective_to > ?::timestamptz)"
          + " ORDER BY length(prefix) DESC, effective_from DESC LIMIT 1";

  private final ApplicationContext platform;
  private final int prefixCount;
  private final int cdrCount;
  private final Path dir;
  private final Actor admin;
  private final DSLContext db;
  private final BenchParties parties;
  private final StringBuilder report = new StringBuilder();

  RatingDbScenario(ApplicationContext platform, int prefixes, int cdrs, Path dir) {
    this.platform = platform;
    this.prefixCount = prefixes;
    this.cdrCount = cdrs;
    this.dir = dir;
    this.admin =
        platform.getBean(UserLogins.class).principal(RatingDbBench.ADMIN).orElseThrow().actor();
    this.db = platform.getBean(DSLContext.class);
    this.parties = new BenchParties(platform, admin);
  }

  String report() throws IOException {
    line(
        "DIDTron rating-db bench: %,d prefixes, %,d CDRs, %s, %d processors, Java %s",
        prefixCount,
        cdrCount,
        String.valueOf(db.fetchValue("SELECT version()")).replaceAll(" on .*", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    List<String> prefixes = SyntheticData.prefixes(prefixCount, 1);
    Account customer = parties.account("Bench customer", AccountKind.CUSTOMER, "1000000");
    Account carrier = parties.account("Bench carrier", AccountKind.CARRIER, "1000000");
    RateCard sell = parties.card(customer, DeckSide.SELL);
    RateCard buy = parties.card(carrier, DeckSide.BUY);
    Path sellDeck = dir.resolve("sell.csv");
    Path buyDeck = dir.resolve("buy.csv");
    SyntheticData.writeDeck(sellDeck, prefixes, 2);
    SyntheticData.writeDeck(buyDeck, prefixes, 3);
    double cold = importAndActivate(buy, buyDeck, new LinkedHashMap<>())[0];
    Map<String, Long> phases = new LinkedHashMap<>();
    double[] warm = importAndActivate(sell, sellDeck, phases);
    line(
        "deck import+activate: %,9d rows in %.2f s (stage %.2f s: %s; activate %.2f s: compile, swap);"
            + " first run, cold JVM: %.2f s",
        prefixCount, warm[0], warm[1], describe(phases), warm[2], cold);
    Map<String, Long> again = new LinkedHashMap<>();
    double[] replace = importAndActivate(sell, sellDeck, again);
    line(
        "deck re-import:       %,9d rows in %.2f s (the same file again as a Replace over the active"
            + " version, every row compared: stage %.2f s: %s; activate %.2f s)",
        prefixCount, replace[0], replace[1], describe(again), replace[2]);
    lookups(sell, prefixes);
    cdrs(customer, carrier, prefixes);
    return report.toString();
  }

  /** Imports and activates a deck file; returns total, stage and activation seconds. */
  private double[] importAndActivate(RateCard card, Path file, Map<String, Long> phases)
      throws IOException {
    long t0 = System.nanoTime();
    long t1 =
        parties.importAndActivate(
            card, file, (phase, fraction) -> phases.putIfAbsent(phase, System.nanoTime()));
    long t2 = System.nanoTime();
    return new double[] {(t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9};
  }

  /** "reading the file 0.31 s, comparing ... 0.20 s, ..." from the first time of each phase. */
  private static String describe(Map<String, Long> phases) {
    StringBuilder out = new StringBuilder();
    Long previous = null;
    String name = null;
    for (Map.Entry<String, Long> p : phases.entrySet()) {
      if (previous != null) {
        out.append(out.isEmpty() ? "" : ", ")
            .append(name.toLowerCase(Locale.ROOT))
            .append(String.format(Locale.ROOT, " %.2f s", (p.getValue() - previous) / 1e9));
      }
      previous = p.getValue();
      name = p.getKey();
    }
    return out.toString();
  }

  private void lookups(RateCard card, List<String> prefixes) {
    UUID version = platform.getBean(RateCardService.class).get(admin, card.id()).activeVersionId();
    CompiledDeck deck = platform.getBean(ActiveDecks.class).ofCard(card.id()).orElseThrow().deck();
    Random random = new Random(7);
    String[] numbers = new String[SQL_LOOKUPS];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = SyntheticData.callee(random, prefixes).replace("+", "");
    }
    OffsetDateTime at = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    long t0 = System.nanoTime();
    for (String n : numbers) {
      db.fetchOptional(SQL_LONGEST_PREFIX, version, n, at, at);
    }
    double sqlPerSecond = numbers.length / ((System.nanoTime() - t0) / 1e9);
    long nanosAt = at.toInstant().getEpochSecond() * 1_000_000_000L;
    String[] many = new String[1 << 16];
    for (int i = 0; i < many.length; i++) {
      many[i] =
          i < numbers.length ? numbers[i] : SyntheticData.callee(random, prefixes).replace("+", "");
    }
    long hits = 0;
    for (int i = 0; i < 500_000; i++) {
      hits += deck.find(many[i & (many.length - 1)], nanosAt) >= 0 ? 1 : 0;
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < 2_000_000; i++) {
      hits += deck.find(many[i & (many.length - 1)], nanosAt) >= 0 ? 1 : 0;
    }
    double memoryPerSecond = 2_000_000 / ((System.nanoTime() - t1) / 1e9);
    line(
        "prefix lookup, SQL:   %,12.1f lookups/s (naive `? LIKE prefix || '%%'` over one version's %,d rows,"
            + " %d numbers)",
        sqlPerSecond, prefixCount, numbers.length);
    line(
        "prefix lookup, index: %,12.0f lookups/s (65,536 such numbers, compiled deck in memory, 1 thread):"
            + " %,.0fx SQL%s",
        memoryPerSecond, memoryPerSecond / sqlPerSecond, hits == 0 ? " (no match?)" : "");
  }

  private void cdrs(Account customer, Account carrier, List<String> prefixes) throws IOException {
    Path file = dir.resolve("cdrs.csv");
    SyntheticData.writeCdrs(
        file, cdrCount, prefixes, List.of(customer.name()), List.of(carrier.name()), 5);
    ingest("bench-warmup", file);
    long t0 = System.nanoTime();
    IngestReport report = ingest("bench", file);
    double pipeline = report.accepted() / ((System.nanoTime() - t0) / 1e9);
    byte[] rows = storedRows("bench");
    double plain = plainCopy(rows, report.accepted());
    line(
        "CDR pipeline:         %,12.0f CDR/s (%,d CDRs, %,d rated: parse, rate both legs, de-duplicate,"
            + " COPY cdr, usage batches + ledger)",
        pipeline, report.accepted(), report.rated());
    line(
        "plain COPY:           %,12.0f rows/s (the same %,d stored rows, COPY into cdr)",
        plain, report.accepted());
    line("pipeline / plain COPY: %11.0f %% (target >= 50 %%)", 100 * pipeline / plain);
  }

  private IngestReport ingest(String source, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return platform
          .getBean(CdrIngestService.class)
          .ingest(
              admin,
              new IngestRequest(
                  source, file.getFileName().toString(), IngestRequest.Channel.UPLOAD, null),
              in);
    }
  }

  /** The rows the pipeline stored, as COPY input under another source (same partitions). */
  private byte[] storedRows(String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String columns = CdrColumns.NAMES.replace("source", "'plain-copy'");
    new TransactionTemplate(platform.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(
            s ->
                PgCopy.out(
                    db,
                    "COPY (SELECT "
                        + columns
                        + " FROM cdr WHERE source = '"
                        + source
                        + "') TO STDOUT"
                        + " WITH (FORMAT csv)",
                    in -> in.transferTo(out)));
    return out.toByteArray();
  }

  private double plainCopy(byte[] rows, long count) {
    long t0 = System.nanoTime();
    new TransactionTemplate(platform.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(
            s ->
                PgCopy.in(
                    db,
                    "COPY cdr ("
                        + CdrColumns.NAMES
                        + ") FROM STDIN WITH (FORMAT csv,"
                        + " FORCE_NOT_NULL (account_ref, carrier_ref, caller, callee))",
                    (out, flush) -> out.raw(rows)));
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
