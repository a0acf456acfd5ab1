package com.didtron.rating.offline;

import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.deck.FastDeckReader;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.deck.PackedRows;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.DeckUnion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Loads the deck files of an offline run, distinct files in parallel; a file named by several
 * parties is parsed once. A deck with any error stops the run: its errors go to {@code err} (the
 * first {@value #SHOWN_ERRORS}) and the exception names the first one.
 */
final class DeckLoader {
  private static final int SHOWN_ERRORS = 100;
  private static final int PARTS = 4;

  private final PrintStream err;
  private final ExecutorService pool;
  private final Map<Path, CompletableFuture<Loaded>> byFile = new LinkedHashMap<>();
  private final boolean unionKeys;
  private final Map<CompiledDeck, DeckUnion.Keys> keys = new IdentityHashMap<>();

  /**
   * A loader running parses on {@code pool} (null: on the calling thread); with {@code unionKeys}
   * it also takes each deck's {@link DeckUnion#keys} right after compiling it, on the same thread.
   */
  DeckLoader(PrintStream err, ExecutorService pool, boolean unionKeys) {
    this.err = err;
    this.pool = pool;
    this.unionKeys = unionKeys;
  }

  /**
   * What one file gave: a deck (with its union keys when asked for), or the parse result with
   * errors, or a failure message.
   */
  private record Loaded(
      CompiledDeck deck, DeckUnion.Keys keys, DeckParseResult parsed, String failure) {
    Loaded(CompiledDeck deck, DeckParseResult parsed, String failure) {
      this(deck, null, parsed, failure);
    }

    Loaded withUnionKeys() {
      return deck == null ? this : new Loaded(deck, DeckUnion.keys(deck), parsed, failure);
    }
  }

  /** Starts loading every file of {@code files}; {@code side} is "sell" or "buy". */
  void start(String side, Map<String, Path> files) {
    files.forEach(
        (party, file) -> {
          if (!Files.isRegularFile(file)) {
            throw new OfflineRatingException(
                side + " deck of " + party + ": file not found: " + file);
          }
          byFile.computeIfAbsent(
              file.toAbsolutePath().normalize(),
              key ->
                  pool == null
                      ? CompletableFuture.completedFuture(withKeys(load(file)))
                      : loadAsync(file));
        });
  }

  /** The compiled deck of every party of {@code files}, once {@link #start} ran for them. */
  Map<String, CompiledDeck> finish(String side, Map<String, Path> files) {
    Map<String, CompiledDeck> decks = new LinkedHashMap<>();
    files.forEach(
        (party, file) -> {
          Loaded loaded = byFile.get(file.toAbsolutePath().normalize()).join();
          String where = side + " deck of " + party + " (" + file + ")";
          if (loaded.failure() != null) {
            throw new OfflineRatingException(where + ": " + loaded.failure());
          }
          if (loaded.deck() == null) {
            report(file, loaded.parsed());
            throw new OfflineRatingException(
                where
                    + " has "
                    + loaded.parsed().errors().size()
                    + " error(s); first: "
                    + loaded.parsed().errors().get(0));
          }
          decks.put(party, loaded.deck());
          keys.put(loaded.deck(), loaded.keys());
        });
    return decks;
  }

  /** The union keys of a deck {@link #finish} gave; null when not taken or not possible. */
  DeckUnion.Keys unionKeys(CompiledDeck deck) {
    return keys.get(deck);
  }

  /**
   * Reads the file, parses it in chunks on the pool (the fast reader) and compiles it; a file the
   * fast reader declines goes through the careful parser.
   */
  private CompletableFuture<Loaded> loadAsync(Path file) {
    return CompletableFuture.supplyAsync(() -> read(file), pool)
        .thenCompose(
            read ->
                read.data() == null
                    ? CompletableFuture.completedFuture(new Loaded(null, null, read.failure()))
                    : FastDeckReader.read(read.data(), pool, PARTS)
                        .thenApplyAsync(rows -> withKeys(compile(file, read.data(), rows)), pool));
  }

  private Loaded withKeys(Loaded loaded) {
    return unionKeys ? loaded.withUnionKeys() : loaded;
  }

  private record Read(byte[] data, String failure) {}

  private static Read read(Path file) {
    try {
      return new Read(Files.readAllBytes(file), null);
    } catch (IOException e) {
      return new Read(null, "cannot read: " + e.getMessage());
    }
  }

  private static Loaded load(Path file) {
    Read read = read(file);
    if (read.data() == null) {
      return new Loaded(null, null, read.failure());
    }
    return compile(file, read.data(), FastDeckReader.read(read.data()));
  }

  /** The deck from the fast reader's rows, else from the careful parser (errors, odd shapes). */
  private static Loaded compile(Path file, byte[] data, PackedRows rows) {
    String name = String.valueOf(file.getFileName());
    if (rows != null) {
      CompiledDeck deck = CompiledDeck.compile(name, null, rows);
      if (deck != null) {
        return new Loaded(deck, null, null);
      }
    }
    try {
      DeckParseResult parsed = DeckParser.parse(new ByteArrayInputStream(data));
      if (!parsed.isClean()) {
        return new Loaded(null, parsed, null);
      }
      return new Loaded(CompiledDeck.compile(name, null, parsed.entries()), parsed, null);
    } catch (IOException e) {
      return new Loaded(null, null, "cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Loaded(null, null, e.getMessage());
    }
  }

  private void report(Path file, DeckParseResult parsed) {
    int shown = 0;
    for (LineError error : parsed.errors()) {
      if (shown++ == SHOWN_ERRORS) {
        err.println(file + ": ... and " + (parsed.errors().size() - SHOWN_ERRORS) + " more");
        return;
      }
      err.println(file + " " + error);
    }
  }
}
