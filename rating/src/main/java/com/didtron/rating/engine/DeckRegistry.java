package com.didtron.rating.engine;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The active sell decks by account and buy decks by carrier, as the rater looks them up. Thread-
 * safe: activation of one party's deck is atomic and never blocks readers.
 */
public final class DeckRegistry implements RatingDecks {
  private final ConcurrentMap<String, DeckHolder> sell = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, DeckHolder> buy = new ConcurrentHashMap<>();

  /** Activates {@code deck} as the sell deck of {@code account}; returns the replaced deck. */
  public CompiledDeck activateSell(String account, CompiledDeck deck) {
    return sell.computeIfAbsent(Objects.requireNonNull(account), a -> new DeckHolder(null))
        .activate(deck);
  }

  /** Activates {@code deck} as the buy deck of {@code carrier}; returns the replaced deck. */
  public CompiledDeck activateBuy(String carrier, CompiledDeck deck) {
    return buy.computeIfAbsent(Objects.requireNonNull(carrier), c -> new DeckHolder(null))
        .activate(deck);
  }

  @Override
  public CompiledDeck sellDeck(String account) {
    DeckHolder holder = account == null ? null : sell.get(account);
    return holder == null ? null : holder.current();
  }

  @Override
  public CompiledDeck buyDeck(String carrier) {
    DeckHolder holder = carrier == null ? null : buy.get(carrier);
    return holder == null ? null : holder.current();
  }
}
