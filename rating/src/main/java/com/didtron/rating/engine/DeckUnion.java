package com.didtron.rating.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The decks of one run compiled into one trie: every prefix of every deck, so that a call walks
 * once for both of its legs instead of once per deck (the walks through tries far bigger than the
 * caches are most of the cost of a lookup).
 *
 * <p>The trie has the layout of {@link PrefixTrie} (two longs per node slot, children in blocks of
 * ten). A node's meta holds in its low int (where a deck's trie keeps its first entry) the index of
 * a tuple in {@code runs}: per deck the entry run ({@code start << 32 | end} in that deck's
 * entries) of that deck's longest prefix with entries that the node's path starts with, 0 when the
 * deck has none. A node without a prefix of its own shares its parent's tuple, so there is one
 * tuple per distinct prefix (not one per node slot), and the tuple's index comes with the node's
 * own cache line. A walk therefore only needs the meta of the last node it reaches: it holds, for
 * every deck, what the deck's own walk would have found as its deepest node with entries. A table
 * indexed by a number's first {@value #TABLE_DIGITS} digits gives the meta of the node a walk of
 * those digits reaches (and how many digits it took), so a walk starts there instead of at the
 * root, without reading the top levels of the trie or that node. When none of that run's entries is
 * in force at the call's start, a second walk from the root checks the deck's shorter prefixes on
 * the path (rare), as {@link CompiledDeck#findPair} does with the deck's own walk. Immutable once
 * built; any number of readers.
 */
public final class DeckUnion {
  /** Most decks one union takes (the run arrays grow with the number of decks). */
  public static final int MAX_DECKS = 8;

  private static final int KEY_DIGITS = 15;

  /** Digits the start table resolves at once. */
  static final int TABLE_DIGITS = 5;

  private static final int TABLE_SIZE = 100_000;
  private static final int TAKEN_SHIFT = 28;
  private static final long TUPLE_MASK = (1L << TAKEN_SHIFT) - 1;
  private static final long ENDED = -1L << 32;

  private final CompiledDeck[] decks;
  private final int width;
  final long[] nodes;
  final long[] runs;
  private final int nodeCount;
  // per first TABLE_DIGITS digits: the walk's state there | digits taken << TAKEN_SHIFT
  private final long[] table;

  private DeckUnion(CompiledDeck[] decks, long[] nodes, int nodeCount, long[] runs) {
    this.decks = decks;
    this.width = decks.length;
    this.nodes = nodes;
    this.nodeCount = nodeCount;
    this.runs = runs;
    this.table = startTable();
  }

  /** The walk's state and digit count for every number of {@value #TABLE_DIGITS} digits. */
  private long[] startTable() {
    long[] out = new long[TABLE_SIZE];
    byte[] digits = new byte[TABLE_DIGITS];
    for (int t = 0; t < TABLE_SIZE; t++) {
      for (int k = TABLE_DIGITS - 1, v = t; k >= 0; k--, v /= 10) {
        digits[k] = (byte) ('0' + v % 10);
      }
      long state = nodes[0];
      int i = 0;
      int child;
      while ((child = tableChild(state, digits, i)) > 0) {
        state = nodes[2 * child];
        i += 1 + PrefixTrie.labelLength(nodes[2 * child + 1]);
      }
      out[t] = state | (long) i << TAKEN_SHIFT;
    }
    return out;
  }

  /**
   * {@link #child} for the start table's {@value #TABLE_DIGITS} digits. A method of its own: the
   * JIT compiles the rating walk from what {@link #child} sees while rating, not from this build's
   * short digit strings (whose shapes would have the walk's compiled code thrown away once rating
   * starts).
   */
  private int tableChild(long state, byte[] digits, int i) {
    int base = PrefixTrie.childBase(state);
    if (base < 0 || i >= TABLE_DIGITS) {
      return -1;
    }
    int child = base + digits[i] - '0';
    long label = nodes[2 * child + 1];
    if (label == PrefixTrie.EMPTY || PrefixTrie.labelLength(label) > TABLE_DIGITS - i - 1) {
      return -1;
    }
    for (int k = 0; k < PrefixTrie.labelLength(label); k++) {
      if (digits[i + 1 + k] - '0' != PrefixTrie.labelDigit(label, k)) {
        return -1;
      }
    }
    return child;
  }

  /**
   * The state a walk of {@code digits[s, e)} starts from: the meta of the node (child block in the
   * high int, tuple of runs in the low bits) reached by the number's first {@value #TABLE_DIGITS}
   * digits, with the digits taken (see {@link #taken}); the root's (no digit taken) for a shorter
   * number or one with a non-digit there. The walk goes on from that node as if it had walked there
   * itself: a step that ended early because the table's digits ran out (a label reaching past them)
   * is simply taken again with the whole number.
   */
  long start(byte[] digits, int s, int e) {
    if (e - s < TABLE_DIGITS) {
      return nodes[0];
    }
    int d0 = digits[s] - '0';
    int d1 = digits[s + 1] - '0';
    int d2 = digits[s + 2] - '0';
    int d3 = digits[s + 3] - '0';
    int d4 = digits[s + 4] - '0';
    if ((d0 | d1 | d2 | d3 | d4) < 0 || d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9 || d4 > 9) {
      return nodes[0];
    }
    return table[(((d0 * 10 + d1) * 10 + d2) * 10 + d3) * 10 + d4];
  }

  /** Digits a {@link #start} state has taken. */
  static int taken(long state) {
    return (int) (state >>> TAKEN_SHIFT) & 7;
  }

  /** A walk's state once it has ended (no further child; its runs kept). */
  static long ended(long state) {
    return state | ENDED;
  }

  /**
   * The union of {@code decks} (distinct), or null when there are none, more than {@value
   * #MAX_DECKS}, a prefix longer than {@value #KEY_DIGITS} digits, or more than 2^28 distinct
   * prefixes (then look up deck by deck).
   */
  public static DeckUnion of(List<CompiledDeck> decks) {
    if (decks.isEmpty() || decks.size() > MAX_DECKS) {
      return null;
    }
    return of(decks, decks.stream().map(DeckUnion::keys).toList());
  }

  /**
   * Like {@link #of(List)} with every deck's {@link #keys} already taken ({@code keys.get(i)} of
   * {@code decks.get(i)}), so a loader can take them on the thread that compiled the deck.
   */
  public static DeckUnion of(List<CompiledDeck> decks, List<Keys> keys) {
    int width = decks.size();
    if (width == 0 || width > MAX_DECKS || keys.size() != width || keys.contains(null)) {
      return null;
    }
    int total = 0;
    for (Keys k : keys) {
      total += k.count;
    }
    long[] sorted = new long[total];
    Keys[] all = keys.toArray(Keys[]::new);
    int unique = merge(all, sorted);
    Builder b = new Builder(all, unique);
    int root = b.newNode();
    b.fill(root, 0, sorted, 0, unique, 0);
    if (b.tuples > TUPLE_MASK) {
      return null;
    }
    return new DeckUnion(
        decks.toArray(CompiledDeck[]::new),
        trimmed(b.nodes, 2 * b.count),
        b.count,
        trimmed(b.runs, width * b.tuples));
  }

  /**
   * A deck's prefixes with entries, in key order, with each one's entry run: what a union is built
   * from. A deck compiled from the fast reader's rows has them already; otherwise taking them is a
   * walk of the deck's trie.
   */
  public static final class Keys {
    final long[] keys;
    final long[] runs;
    final int count;

    Keys(long[] keys, long[] runs, int count) {
      this.keys = keys;
      this.runs = runs;
      this.count = count;
    }
  }

  /** The keys of {@code deck}; null when a path is longer than {@value #KEY_DIGITS} digits. */
  public static Keys keys(CompiledDeck deck) {
    if (deck.keys() != null) {
      return deck.keys();
    }
    long[] keys = new long[deck.size()];
    long[] runs = new long[deck.size()];
    int count = collect(deck.trie(), 0, 0L, 0, keys, runs, 0);
    return count < 0 ? null : new Keys(keys, runs, count);
  }

  /** {@code array} cut to {@code length}, or itself when the spare room is small. */
  private static long[] trimmed(long[] array, int length) {
    return array.length - length <= array.length / 8 ? array : Arrays.copyOf(array, length);
  }

  /** Where {@code deck} sits in this union; -1 for null. */
  public int indexOf(CompiledDeck deck) {
    if (deck == null) {
      return -1;
    }
    for (int d = 0; d < decks.length; d++) {
      if (decks[d] == deck) {
        return d;
      }
    }
    throw new IllegalArgumentException("deck " + deck.name() + " is not part of this union");
  }

  /** Number of trie nodes (for memory reports). */
  public int nodeCount() {
    return nodeCount;
  }

  /** Bytes held by the trie and run arrays. */
  public long footprintBytes() {
    return 8L * (nodes.length + runs.length);
  }

  /**
   * {@link CompiledDeck#findPair} for decks {@code a} and {@code b} of this union (-1: none) with
   * one walk.
   */
  public long findPair(int a, int b, byte[] digits, int s, int e, long atNanos) {
    long state = start(digits, s, e);
    int i = s + taken(state);
    int child;
    while ((child = child(state, digits, i, e)) > 0) {
      state = nodes[2 * child];
      i += 1 + PrefixTrie.labelLength(nodes[2 * child + 1]);
    }
    int bestA = entry(run(state, a), a, digits, s, e, atNanos);
    int bestB = entry(run(state, b), b, digits, s, e, atNanos);
    return ((long) bestA << 32) | (bestB & 0xFFFF_FFFFL);
  }

  /**
   * Deck {@code d}'s entry run at the node of walk state {@code state} (0: none, also for {@code d
   * < 0}).
   */
  long run(long state, int d) {
    return d < 0 ? 0 : runs[width * (int) (state & TUPLE_MASK) + d];
  }

  /**
   * The entry of deck {@code d} in force at {@code atNanos} for a walk that ended with deck run
   * {@code run}, or {@link CompiledDeck#NO_MATCH}.
   */
  int entry(long run, int d, byte[] digits, int s, int e, long atNanos) {
    if (run == 0) {
      return CompiledDeck.NO_MATCH;
    }
    int hit = decks[d].effectiveIn((int) (run >>> 32), (int) run, atNanos);
    // the deepest prefix has no entry in force then: a shorter one may (rare; walk again)
    return hit != CompiledDeck.NO_MATCH ? hit : shorter(d, run, digits, s, e, atNanos);
  }

  /**
   * What {@link CompiledDeck#find} gives for deck {@code d} when its longest prefix on the number's
   * path (entry run {@code deepest}) has no entry in force at {@code atNanos}: a walk from the root
   * that checks each of the deck's runs it meets (a node's tuple changes the deck's run exactly
   * where the deck has a prefix), keeping the deepest with an entry in force. The root's own run
   * (an empty prefix) counts as none, as in the deck's own walk.
   */
  private int shorter(int d, long deepest, byte[] digits, int s, int e, long atNanos) {
    CompiledDeck deck = decks[d];
    long state = nodes[0];
    long seen = run(state, d);
    int best = CompiledDeck.NO_MATCH;
    int i = s;
    int child;
    while ((child = child(state, digits, i, e)) > 0) {
      state = nodes[2 * child];
      i += 1 + PrefixTrie.labelLength(nodes[2 * child + 1]);
      long run = run(state, d);
      if (run != seen) {
        seen = run;
        int hit =
            run == deepest || run == 0
                ? CompiledDeck.NO_MATCH
                : deck.effectiveIn((int) (run >>> 32), (int) run, atNanos);
        best = hit != CompiledDeck.NO_MATCH ? hit : best;
      }
    }
    return best;
  }

  /** Deck {@code d} (for reading its entries). */
  CompiledDeck deck(int d) {
    return decks[d];
  }

  /**
   * The child of the node of walk state {@code state} reached by {@code digits[i..]}, or -1 when
   * the walk ends there.
   */
  int child(long state, byte[] digits, int i, int e) {
    int base = PrefixTrie.childBase(state);
    if (base < 0 || i >= e) {
      return -1;
    }
    int digit = digits[i] - '0';
    if (digit < 0 || digit > 9) {
      return -1;
    }
    int child = base + digit;
    long label = nodes[2 * child + 1];
    if (label == PrefixTrie.EMPTY || !PrefixTrie.labelMatches(label, digits, i + 1, e)) {
      return -1;
    }
    return child;
  }

  /**
   * Appends, in depth-first digit order (which is key order), the key (digits 4 bits each from the
   * top, length in the low 4 bits) and entry run of every node of {@code trie} below {@code node}
   * that holds entries; returns the new count, or -1 when a path is longer than {@value
   * #KEY_DIGITS} digits.
   */
  private static int collect(
      PrefixTrie trie, int node, long key, int depth, long[] keys, long[] vals, int n) {
    long[] t = trie.nodes;
    int s = trie.entryStart(node);
    int e = trie.entryEnd(node);
    if (s != e) {
      keys[n] = key | depth;
      vals[n] = ((long) s << 32) | e;
      n++;
    }
    int base = PrefixTrie.childBase(t[2 * node]);
    if (base < 0) {
      return n;
    }
    for (int d = 0; d < 10; d++) {
      int child = base + d;
      long label = t[2 * child + 1];
      if (label == PrefixTrie.EMPTY) {
        continue;
      }
      int length = PrefixTrie.labelLength(label);
      int childDepth = depth + 1 + length;
      if (childDepth > KEY_DIGITS) {
        return -1;
      }
      long childKey = key | (long) d << (60 - 4 * depth);
      for (int k = 0; k < length; k++) {
        childKey |= (long) PrefixTrie.labelDigit(label, k) << (60 - 4 * (depth + 1 + k));
      }
      n = collect(trie, child, childKey, childDepth, keys, vals, n);
      if (n < 0) {
        return -1;
      }
    }
    return n;
  }

  /** Merges the decks' sorted keys into {@code sorted}, each key once; returns their number. */
  private static int merge(Keys[] decks, long[] sorted) {
    int width = decks.length;
    int[] at = new int[width];
    int u = 0;
    while (true) {
      long min = 0;
      boolean any = false;
      for (int d = 0; d < width; d++) {
        Keys k = decks[d];
        // keys are unsigned: digits 8 and 9 in the top bits
        if (at[d] < k.count && (!any || Long.compareUnsigned(k.keys[at[d]], min) < 0)) {
          min = k.keys[at[d]];
          any = true;
        }
      }
      if (!any) {
        return u;
      }
      sorted[u++] = min;
      for (int d = 0; d < width; d++) {
        Keys k = decks[d];
        if (at[d] < k.count && k.keys[at[d]] == min) {
          at[d]++;
        }
      }
    }
  }

  private static int digit(long key, int position) {
    return (int) (key >>> (60 - 4 * position)) & 15;
  }

  private static int length(long key) {
    return (int) key & 15;
  }

  /**
   * Builds the union trie from the distinct sorted keys, depth first. The walk meets the keys in
   * key order, so each deck's runs are taken from its own keys with a cursor per deck.
   */
  private static final class Builder {
    private final int width;
    private final Keys[] decks;
    private final int[] cursor;
    long[] nodes;
    // tuple 0: no deck has a run (the root's, unless the empty prefix is a key)
    final long[] runs;
    int count;
    int tuples = 1;

    Builder(Keys[] decks, int keys) {
      this.width = decks.length;
      this.decks = decks;
      this.cursor = new int[width];
      int slots = 4 * keys + 12;
      nodes = new long[2 * slots];
      runs = new long[width * (keys + 1)];
    }

    private void ensure(int slots) {
      if (2 * slots > nodes.length) {
        int grown = Math.max(slots, nodes.length);
        nodes = Arrays.copyOf(nodes, 2 * grown);
      }
    }

    int newNode() {
      ensure(count + 1);
      nodes[2 * count] = -1L << 32;
      nodes[2 * count + 1] = 0L;
      return count++;
    }

    private int block() {
      ensure(count + 10);
      int base = count;
      for (int k = base; k < base + 10; k++) {
        nodes[2 * k] = -1L << 32;
        nodes[2 * k + 1] = PrefixTrie.EMPTY;
      }
      count += 10;
      return base;
    }

    /**
     * Builds the subtree of {@code node}, which stands for the first {@code depth} digits shared by
     * the sorted keys {@code [lo, hi)}: it shares its parent's tuple of runs, unless a key of
     * exactly that length (it sorts first) gives it a new tuple, the parent's with the runs of the
     * decks that have the key replaced; the rest of the keys are grouped by their next digit into
     * children labelled with the digits the group shares.
     */
    void fill(int node, int parentTuple, long[] sorted, int lo, int hi, int depth) {
      int tuple = parentTuple;
      int i = lo;
      if (i < hi && length(sorted[i]) == depth) {
        tuple = tuples++;
        System.arraycopy(runs, width * parentTuple, runs, width * tuple, width);
        long key = sorted[i];
        for (int d = 0; d < width; d++) {
          Keys k = decks[d];
          if (cursor[d] < k.count && k.keys[cursor[d]] == key) {
            runs[width * tuple + d] = k.runs[cursor[d]++];
          }
        }
        i++;
      }
      nodes[2 * node] = (-1L << 32) | tuple;
      if (i == hi) {
        return;
      }
      int base = block();
      nodes[2 * node] = (long) base << 32 | tuple;
      while (i < hi) {
        int d = digit(sorted[i], depth);
        int j = i + 1;
        while (j < hi && digit(sorted[j], depth) == d) {
          j++;
        }
        long first = sorted[i];
        long last = sorted[j - 1];
        int q = depth + 1;
        int length = 0;
        long label = 0;
        while (length < PrefixTrie.MAX_LABEL
            && length(first) > q
            && digit(first, q) == digit(last, q)) {
          label |= (long) digit(first, q) << (4 * length);
          length++;
          q++;
        }
        int child = base + d;
        nodes[2 * child + 1] = label | (long) length << 60;
        fill(child, tuple, sorted, i, j, q);
        i = j;
      }
    }
  }
}
