package com.didtron.rating.engine;

/**
 * Looks up the customer and the carrier leg of up to {@link #SIZE} calls at once: the trie walks of
 * all of them advance one level per round, so their cache misses (the cost of a lookup in a deck of
 * hundreds of thousands of prefixes) overlap instead of queueing one behind the other. The answers
 * are those of {@link CompiledDeck#findPair}. One per thread; reusable.
 */
public final class PairBatch implements LookupBatch {
  /**
   * Calls per batch: 16 by default ({@code -Ddidtron.rate.batch=N}, 1 to 256, to compare): more
   * walks in flight overlap more cache misses.
   */
  public static final int SIZE = Math.clamp(Integer.getInteger("didtron.rate.batch", 16), 1, 256);

  private final CompiledDeck[] a = new CompiledDeck[SIZE];
  private final CompiledDeck[] b = new CompiledDeck[SIZE];
  private final int[] s = new int[SIZE];
  private final int[] e = new int[SIZE];
  private final long[] at = new long[SIZE];
  private final int[] nodeA = new int[SIZE];
  private final int[] nodeB = new int[SIZE];
  private final int[] iA = new int[SIZE];
  private final int[] iB = new int[SIZE];
  private final int[] deepA = new int[SIZE];
  private final int[] deepB = new int[SIZE];
  private final long[] result = new long[SIZE];
  private int n;

  /** Empties the batch. */
  @Override
  public void clear() {
    n = 0;
  }

  /** Number of calls in the batch. */
  public int size() {
    return n;
  }

  /** True when no further call fits. */
  @Override
  public boolean isFull() {
    return n == SIZE;
  }

  /**
   * Adds a call dialling {@code digits[ds, de)} at {@code atNanos} (null decks find nothing);
   * returns its slot.
   */
  @Override
  public int add(CompiledDeck sell, CompiledDeck buy, int ds, int de, long atNanos) {
    a[n] = sell;
    b[n] = buy;
    s[n] = ds;
    e[n] = de;
    at[n] = atNanos;
    return n++;
  }

  /** The {@link CompiledDeck#findPair} answer of slot {@code k} after {@link #run}. */
  @Override
  public long result(int k) {
    return result[k];
  }

  /** Looks up every call of the batch; the digits of all of them live in {@code digits}. */
  @Override
  public void run(byte[] digits) {
    for (int k = 0; k < n; k++) {
      nodeA[k] = a[k] == null ? -1 : 0;
      nodeB[k] = b[k] == null ? -1 : 0;
      iA[k] = s[k];
      iB[k] = s[k];
      deepA[k] = -1;
      deepB[k] = -1;
    }
    boolean active = true;
    while (active) {
      active = false;
      for (int k = 0; k < n; k++) {
        int na = nodeA[k];
        if (na >= 0) {
          CompiledDeck d = a[k];
          na = d.next(na, digits, iA[k], e[k]);
          if (na > 0) {
            iA[k] += 1 + PrefixTrie.labelLength(d.trie().nodes[2 * na + 1]);
            deepA[k] = d.hasEntries(na) ? na : deepA[k];
            active = true;
          }
          nodeA[k] = na;
        }
        int nb = nodeB[k];
        if (nb >= 0) {
          CompiledDeck d = b[k];
          nb = d.next(nb, digits, iB[k], e[k]);
          if (nb > 0) {
            iB[k] += 1 + PrefixTrie.labelLength(d.trie().nodes[2 * nb + 1]);
            deepB[k] = d.hasEntries(nb) ? nb : deepB[k];
            active = true;
          }
          nodeB[k] = nb;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      int bestA = deepA[k] < 0 ? CompiledDeck.NO_MATCH : a[k].effectiveAt(deepA[k], at[k]);
      int bestB = deepB[k] < 0 ? CompiledDeck.NO_MATCH : b[k].effectiveAt(deepB[k], at[k]);
      result[k] = ((long) bestA << 32) | (bestB & 0xFFFF_FFFFL);
    }
    for (int k = 0; k < n; k++) {
      // the deepest prefix has no entry in force then: a shorter one may (rare; walk again)
      int bestA = CompiledDeck.firstOf(result[k]);
      int bestB = CompiledDeck.secondOf(result[k]);
      if (bestA == CompiledDeck.NO_MATCH && deepA[k] >= 0) {
        bestA = a[k].find(digits, s[k], e[k], at[k]);
      }
      if (bestB == CompiledDeck.NO_MATCH && deepB[k] >= 0) {
        bestB = b[k].find(digits, s[k], e[k], at[k]);
      }
      result[k] = ((long) bestA << 32) | (bestB & 0xFFFF_FFFFL);
    }
  }
}
