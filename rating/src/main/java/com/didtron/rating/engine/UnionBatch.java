package com.didtron.rating.engine;

/**
 * {@link PairBatch} over a {@link DeckUnion}: each call of the batch walks the union's trie once
 * for both of its legs, and the walks of all calls advance one level per round so their cache
 * misses overlap. The answers are those of {@link CompiledDeck#findPair}. One per thread; reusable.
 */
public final class UnionBatch implements LookupBatch {
  /** Calls per batch. */
  public static final int SIZE = PairBatch.SIZE;

  private final DeckUnion union;
  private final int[] a = new int[SIZE];
  private final int[] b = new int[SIZE];
  private final int[] s = new int[SIZE];
  private final int[] e = new int[SIZE];
  private final long[] at = new long[SIZE];
  private final long[] state = new long[SIZE];
  private final int[] pos = new int[SIZE];
  private final long[] result = new long[SIZE];
  private final long[] runA = new long[SIZE];
  private final long[] runB = new long[SIZE];
  private int sink;
  private int n;

  /** A batch looking up in {@code union}, which must hold every deck passed to {@link #add}. */
  public UnionBatch(DeckUnion union) {
    this.union = union;
  }

  @Override
  public void clear() {
    n = 0;
  }

  @Override
  public boolean isFull() {
    return n == SIZE;
  }

  @Override
  public int add(CompiledDeck sell, CompiledDeck buy, int ds, int de, long atNanos) {
    // looked up every time (a few reference comparisons): remembering the previous call's decks
    // adds a branch taken once per batch object, which compiled code takes for never and is then
    // thrown away for at a run's first call
    a[n] = union.indexOf(sell);
    b[n] = union.indexOf(buy);
    s[n] = ds;
    e[n] = de;
    at[n] = atNanos;
    return n++;
  }

  @Override
  public long result(int k) {
    return result[k];
  }

  @Override
  public void run(byte[] digits) {
    long[] nodes = union.nodes;
    // each walk starts where the start table puts the number's first digits; a walk's state is
    // its node's meta (child block, tuple of runs), so its last node is never read again
    for (int k = 0; k < n; k++) {
      if (a[k] < 0 && b[k] < 0) {
        state[k] = DeckUnion.ended(0);
        pos[k] = s[k];
      } else {
        long first = union.start(digits, s[k], e[k]);
        state[k] = first;
        pos[k] = s[k] + DeckUnion.taken(first);
      }
    }
    boolean active = true;
    while (active) {
      active = false;
      for (int k = 0; k < n; k++) {
        long sk = state[k];
        if (sk >= 0) {
          int child = union.child(sk, digits, pos[k], e[k]);
          if (child > 0) {
            state[k] = nodes[2 * child];
            pos[k] += 1 + PrefixTrie.labelLength(nodes[2 * child + 1]);
            active = true;
          } else {
            state[k] = DeckUnion.ended(sk);
          }
        }
      }
    }
    // separate passes over the batch, so the cache misses of one step overlap across the calls
    for (int k = 0; k < n; k++) {
      runA[k] = union.run(state[k], a[k]);
      runB[k] = union.run(state[k], b[k]);
    }
    int touched = 0;
    for (int k = 0; k < n; k++) {
      int bestA = union.entry(runA[k], a[k], digits, s[k], e[k], at[k]);
      int bestB = union.entry(runB[k], b[k], digits, s[k], e[k], at[k]);
      result[k] = ((long) bestA << 32) | (bestB & 0xFFFF_FFFFL);
      // read each entry's last field now too: an entry record may span two cache lines
      touched += bestA < 0 ? 0 : union.deck(a[k]).prefixLength(bestA);
      touched += bestB < 0 ? 0 : union.deck(b[k]).prefixLength(bestB);
    }
    sink = touched;
  }
}
