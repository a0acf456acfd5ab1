package com.didtron.rating.offline;

import com.didtron.rating.engine.CompiledDeck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Loads sell and buy deck files for offline tools (rating, route testing), all or nothing. */
public final class OfflineDecks {
  /** Compiled decks by party name. */
  public record Decks(Map<String, CompiledDeck> sell, Map<String, CompiledDeck> buy) {}

  private OfflineDecks() {}

  /**
   * Parses and compiles every file; a missing file or a deck with any error throws an {@link
   * OfflineRatingException} naming it, after listing the deck's line errors on {@code err}.
   */
  public static Decks load(Map<String, Path> sell, Map<String, Path> buy, PrintStream err) {
    DeckLoader loader = new DeckLoader(err, null, false);
    loader.start("sell", sell);
    loader.start("buy", buy);
    return new Decks(loader.finish("sell", sell), loader.finish("buy", buy));
  }
}
