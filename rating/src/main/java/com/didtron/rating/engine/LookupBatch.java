package com.didtron.rating.engine;

/**
 * Looks up the customer and the carrier leg of a batch of calls together, so that the cache misses
 * of their trie walks overlap. Answers are those of {@link CompiledDeck#findPair}. One per thread;
 * reusable after {@link #clear}.
 */
public interface LookupBatch {
  /** Empties the batch. */
  void clear();

  /** True when no further call fits. */
  boolean isFull();

  /**
   * Adds a call dialling {@code digits[ds, de)} at {@code atNanos} (null decks find nothing);
   * returns its slot.
   */
  int add(CompiledDeck sell, CompiledDeck buy, int ds, int de, long atNanos);

  /** Looks up every call of the batch; the digits of all of them live in {@code digits}. */
  void run(byte[] digits);

  /** The {@link CompiledDeck#findPair} answer of slot {@code k} after {@link #run}. */
  long result(int k);
}
