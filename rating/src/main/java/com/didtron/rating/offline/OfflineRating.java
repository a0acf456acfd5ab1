package com.didtron.rating.offline;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.csv.CsvBlockReader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.csv.SafeCsvOutputStream;
import com.didtron.rating.engine.Billing;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.DeckUnion;
import com.didtron.rating.engine.PairBatch;
import com.didtron.rating.engine.UnionBatch;
import com.didtron.rating.engine.UnratedReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * File-to-file rating, the engine behind {@code didtron rate}: sell decks per account, buy decks
 * per carrier, a CDR CSV in, a rated CSV out (one row per CDR, in input order).
 *
 * <p>Input columns (any order): {@code call_id,account,carrier,caller,callee,start_time,duration}.
 * Output header: {@code call_id,status,customer_prefix,customer_billable_seconds,customer_cost,
 * carrier_prefix,carrier_billable_seconds,carrier_cost,margin,reason}. Costs and margin have
 * exactly 6 decimals in plain notation; unrated rows carry only call_id, status and reason. A
 * malformed row is reported on {@code err} with its line number and written as UNRATED {@code
 * INVALID_RECORD}; empty rows between CDRs are reported and skipped; trailing empty lines are
 * ignored. Decks and CDR files are assumed to share one currency. A call id that a spreadsheet
 * could take for a formula is written as {@link com.didtron.rating.csv.SafeCsvOutputStream} writes
 * it (a leading single quote).
 */
public final class OfflineRating {
  /**
   * Whether the decks are looked up through one union trie ({@code -Ddidtron.rate.union=false}:
   * deck by deck, for comparisons).
   */
  private static final boolean UNION =
      !"false".equals(System.getProperty("didtron.rate.union", "true"));

  private OfflineRating() {}

  /**
   * Rates {@code cdrs} into {@code out} using every available processor.
   *
   * @param sell sell deck file per account
   * @param buy buy deck file per carrier
   * @param err where line-numbered problems are printed
   * @return counts and totals
   * @throws OfflineRatingException (one-line message) when a file is missing or unreadable, a deck
   *     has errors, or the CDR header is wrong
   */
  public static Summary run(
      Map<String, Path> sell, Map<String, Path> buy, Path cdrs, Path out, PrintStream err) {
    return run(sell, buy, cdrs, out, err, Runtime.getRuntime().availableProcessors());
  }

  /** Like {@link #run(Map, Map, Path, Path, PrintStream)} with {@code threads} rating threads. */
  public static Summary run(
      Map<String, Path> sell,
      Map<String, Path> buy,
      Path cdrs,
      Path out,
      PrintStream err,
      int threads) {
    long started = System.nanoTime();
    initialiseClassesMeanwhile();
    int workers = Math.max(1, threads);
    ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemon()) : null;
    try {
      DeckLoader loader = new DeckLoader(err, pool, UNION);
      loader.start("sell", sell);
      loader.start("buy", buy);
      Map<String, CompiledDeck> sellDecks = loader.finish("sell", sell);
      Map<String, CompiledDeck> buyDecks = loader.finish("buy", buy);
      DeckUnion union = UNION ? union(sellDecks, buyDecks, loader) : null;
      long loaded = System.nanoTime();
      if (!Files.isRegularFile(cdrs)) {
        throw new OfflineRatingException("CDR file not found: " + cdrs);
      }
      if (Files.exists(out) && isSameFile(cdrs, out)) {
        throw new OfflineRatingException("the output " + out + " would overwrite the CDR file");
      }
      Tally tally =
          rateFile(
              cdrs,
              out,
              err,
              workers,
              pool,
              new NameIndex(sellDecks),
              new NameIndex(buyDecks),
              union);
      return tally.toSummary(
          Duration.ofNanos(loaded - started), Duration.ofNanos(System.nanoTime() - loaded));
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * One trie over every deck of the run, so a call walks once for both legs ({@link DeckUnion}),
   * from the keys the loader took while compiling each deck; null (deck by deck) when there are
   * more decks than a union takes.
   */
  private static DeckUnion union(
      Map<String, CompiledDeck> sell, Map<String, CompiledDeck> buy, DeckLoader loader) {
    Set<CompiledDeck> decks = Collections.newSetFromMap(new IdentityHashMap<>());
    decks.addAll(sell.values());
    decks.addAll(buy.values());
    if (decks.size() > DeckUnion.MAX_DECKS) {
      return null;
    }
    List<CompiledDeck> list = new ArrayList<>(decks);
    List<DeckUnion.Keys> keys = new ArrayList<>();
    for (CompiledDeck deck : list) {
      keys.add(loader.unionKeys(deck));
    }
    return DeckUnion.of(list, keys);
  }

  /**
   * The classes whose code rates the CDR file, initialised while the decks load (see {@link
   * #initialiseClassesMeanwhile}).
   */
  private static final List<Class<?>> RATING_CLASSES =
      List.of(
          CdrPipeline.class,
          ChunkRater.class,
          ChunkResult.class,
          CdrColumns.class,
          LegWriter.class,
          MicroSum.class,
          Tally.class,
          NameIndex.class,
          UnionBatch.class,
          PairBatch.class,
          DeckUnion.class,
          Billing.class,
          UnratedReason.class,
          CsvBlockReader.class,
          CsvInstants.class,
          CsvNumbers.class,
          CsvWriter.class,
          SafeCsvOutputStream.class,
          CalleeNumber.class,
          EpochNanos.class);

  /**
   * Initialises, on a background thread while the decks load, BigDecimal (in JDK 25 its class
   * initialisation computes 5^65536 by repeated squaring, about 10 ms and a few JIT compilations of
   * BigInteger, which would otherwise happen on the thread making the run's first totals, just when
   * rating starts) and then the classes that rate the CDR file. With a start-up cache that holds a
   * previous run's method profiles (the launcher's, JDK 25), the JIT compiles a method from them as
   * soon as the classes it depends on are initialised ({@code -XX:+AOTCompileEagerly}, straight to
   * C2 with {@code -XX:+SkipTier2IfPossible}): the rating code is then compiled while the decks
   * load, instead of the rating threads running slow, profiling code for the first ~200 ms of the
   * rating phase while the one C2 thread works through its queue. Without such a cache this only
   * initialises a few classes a little earlier.
   */
  private static void initialiseClassesMeanwhile() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Class.forName("java.math.BigDecimal");
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (Class<?> type : RATING_CLASSES) {
                  lookup.ensureInitialized(type);
                }
              } catch (ClassNotFoundException | IllegalAccessException impossible) {
                // java.base always has BigDecimal; the rating classes are public or in this package
              }
            },
            "didtron-early-classes");
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static ThreadFactory daemon() {
    return task -> {
      Thread thread = new Thread(task, "didtron-offline-rating");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Tally rateFile(
      Path cdrs,
      Path out,
      PrintStream err,
      int threads,
      ExecutorService pool,
      NameIndex sell,
      NameIndex buy,
      DeckUnion union) {
    try (InputStream in = Files.newInputStream(cdrs);
        OutputStream os = Files.newOutputStream(out)) {
      String name = String.valueOf(cdrs.getFileName());
      return new CdrPipeline(in, os, err, name, threads, pool).run(sell, buy, union);
    } catch (IOException e) {
      throw new OfflineRatingException(
          "cannot rate " + cdrs + " into " + out + ": " + e.getMessage(), e);
    }
  }
}
