package com.didtron.rating.offline;

import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.CompiledDeck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the deck files of an offline run. A file named by several parties is parsed once. A deck
 * with any error stops the run: its errors go to {@code err} (the first {@value #SHOWN_ERRORS})
 * and the exception names the first one.
 */
final class DeckLoader {
  private static final int SHOWN_ERRORS = 100;

  private final PrintStream err;
  private final Map<Path, CompiledDeck> byFile = new HashMap<>();

  DeckLoader(PrintStream err) {
    this.err = err;
  }

  /** Compiles the deck of every party; {@code side} ("sell"/"buy") appears in messages. */
  Map<String, CompiledDeck> load(String side, Map<String, Path> files) {
    Map<String, CompiledDeck> decks = new LinkedHashMap<>();
    files.forEach((party, file) -> decks.put(party, deck(side, party, file)));
    return decks;
  }

  private CompiledDeck deck(String side, String party, Path file) {
    Path key = file.toAbsolutePath().normalize();
    CompiledDeck known = byFile.get(key);
    if (known != null) {
      return known;
    }
    if (!Files.isRegularFile(file)) {
      throw new OfflineRatingException(side + " deck of " + party + ": file not found: " + file);
    }
    DeckParseResult parsed = parse(side, party, file);
    if (!parsed.isClean()) {
      report(file, parsed);
      throw new OfflineRatingException(side + " deck of " + party + " (" + file + ") has "
          + parsed.errors().size() + " error(s); first: " + parsed.errors().get(0));
    }
    try {
      CompiledDeck deck = CompiledDeck.compile(file.getFileName().toString(), null,
          parsed.entries());
      byFile.put(key, deck);
      return deck;
    } catch (IllegalArgumentException e) {
      throw new OfflineRatingException(side + " deck of " + party + " (" + file + "): "
          + e.getMessage(), e);
    }
  }

  private static DeckParseResult parse(String side, String party, Path file) {
    try {
      return DeckParser.parse(file);
    } catch (IOException e) {
      throw new OfflineRatingException(side + " deck of " + party + ": cannot read " + file + ": "
          + e.getMessage(), e);
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
