package com.didtron.rating.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The active compiled deck of one account or carrier. Activation swaps the whole deck atomically: a
 * rating thread sees either the old deck or the new one, never a mix, and never waits.
 */
public final class DeckHolder {
  private final AtomicReference<CompiledDeck> active;

  /** A holder whose active deck is {@code initial} (null for none yet). */
  public DeckHolder(CompiledDeck initial) {
    this.active = new AtomicReference<>(initial);
  }

  /** The active deck; null when none was activated. */
  public CompiledDeck current() {
    return active.get();
  }

  /** Makes {@code deck} the active deck and returns the one it replaces (null if none). */
  public CompiledDeck activate(CompiledDeck deck) {
    return active.getAndSet(Objects.requireNonNull(deck, "deck"));
  }
}
