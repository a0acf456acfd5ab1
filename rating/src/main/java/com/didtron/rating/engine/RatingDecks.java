package com.didtron.rating.engine;

import java.util.Map;

/** Where the rater finds the sell deck of an account and the buy deck of a carrier. */
public interface RatingDecks {
  /** The sell (customer) deck of {@code account}; null when the account has none. */
  CompiledDeck sellDeck(String account);

  /** The buy (carrier) deck of {@code carrier}; null when the carrier has none. */
  CompiledDeck buyDeck(String carrier);

  /** Fixed decks from two maps (for batch and offline rating). */
  static RatingDecks of(Map<String, CompiledDeck> sell, Map<String, CompiledDeck> buy) {
    Map<String, CompiledDeck> sellCopy = Map.copyOf(sell);
    Map<String, CompiledDeck> buyCopy = Map.copyOf(buy);
    return new RatingDecks() {
      @Override
      public CompiledDeck sellDeck(String account) {
        return account == null ? null : sellCopy.get(account);
      }

      @Override
      public CompiledDeck buyDeck(String carrier) {
        return carrier == null ? null : buyCopy.get(carrier);
      }
    };
  }
}
