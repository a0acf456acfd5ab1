package com.didtron.rating.engine;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.RateEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/**
 * A rate deck compiled into an immutable index for longest-prefix match with effective dates.
 *
 * <p>Prefixes live in a path-compressed digit trie ({@link PrefixTrie}); each trie node owns a run
 * of entries sorted by {@code effective_from}, latest first, held in parallel primitive arrays
 * (rates in micro-units). A lookup walks the dialled digits once and keeps the deepest node that
 * has an entry effective at the call's start: no allocation, no locks, any number of readers.
 * Entries are addressed by an index returned from {@link #find}. A deck compiled from the fast
 * reader's rows keeps its distinct prefixes as sorted keys and builds its trie the first time
 * something walks it (a {@link DeckUnion} is built from the keys and never does).
 */
public final class CompiledDeck {
  /** Answer of {@link #find} when no entry matches. */
  public static final int NO_MATCH = -1;

  private final String name;
  private final CurrencyCode currency;
  // set once: at construction, or on first use from the keys (racy but safe: PrefixTrie's fields
  // are final, so any thread that sees the reference sees the whole trie)
  private PrefixTrie trie;
  private final DeckEntries entries;
  // the distinct prefixes in key order with their entry runs, and each one's entry count; null
  // for a deck compiled trie first
  private final DeckUnion.Keys keys;
  private final int[] keySizes;

  CompiledDeck(String name, CurrencyCode currency, PrefixTrie trie, DeckEntries entries) {
    this(name, currency, trie, entries, null, null);
  }

  private CompiledDeck(
      String name,
      CurrencyCode currency,
      PrefixTrie trie,
      DeckEntries entries,
      DeckUnion.Keys keys,
      int[] keySizes) {
    this.name = name;
    this.currency = currency;
    this.trie = trie;
    this.entries = entries;
    this.keys = keys;
    this.keySizes = keySizes;
  }

  /**
   * A deck whose entries are laid out node by node for the trie of {@code keys} (see {@link
   * TrieBuilder#shape}), key k owning {@code sizes[k]} of them; the trie is built on first use.
   */
  static CompiledDeck keyed(
      String name, CurrencyCode currency, DeckUnion.Keys keys, int[] sizes, DeckEntries entries) {
    return new CompiledDeck(name, currency, null, entries, keys, sizes);
  }

  /**
   * Compiles {@code entries} into an index.
   *
   * @param name a label for messages (account, carrier or file name)
   * @param currency the deck's currency; null when unspecified (offline files)
   * @throws IllegalArgumentException when two entries share a prefix and effective_from
   */
  public static CompiledDeck compile(
      String name, CurrencyCode currency, Collection<RateEntry> entries) {
    return DeckCompiler.compile(name, currency, entries);
  }

  /**
   * Compiles rows read by {@link com.didtron.rating.deck.FastDeckReader}; null when two rows share
   * a prefix and effective_from (then parse the file with the careful parser for its errors).
   */
  public static CompiledDeck compile(
      String name, CurrencyCode currency, com.didtron.rating.deck.PackedRows rows) {
    return DeckCompiler.compile(name, currency, rows);
  }

  /**
   * The entry for {@code digits} at {@code atNanos} (see {@link EpochNanos}): the longest prefix
   * with an entry effective at that instant, the latest effective_from among equals; {@link
   * #NO_MATCH} when none. {@code digits[s, e)} must be ASCII digits; the walk stops at any other
   * byte.
   */
  public int find(byte[] digits, int s, int e, long atNanos) {
    long[] nodes = trie().nodes;
    int best = NO_MATCH;
    int i = s;
    int node = 0;
    while ((node = next(node, digits, i, e)) > 0) {
      i += 1 + PrefixTrie.labelLength(nodes[2 * node + 1]);
      best = effectiveAt(node, atNanos, best);
    }
    return best;
  }

  /**
   * {@link #find(byte[], int, int, long)} in two decks at once, the customer and the carrier leg of
   * one call: the two walks advance in lockstep so their memory accesses overlap. Returns {@code
   * (entryInA << 32) | (entryInB & 0xFFFFFFFFL)}; a null deck gives {@link #NO_MATCH}.
   */
  public static long findPair(
      CompiledDeck a, CompiledDeck b, byte[] digits, int s, int e, long atNanos) {
    int nodeA = a == null ? -1 : 0;
    int nodeB = b == null ? -1 : 0;
    int iA = s;
    int iB = s;
    int deepA = -1;
    int deepB = -1;
    while (nodeA >= 0 || nodeB >= 0) {
      if (nodeA >= 0 && (nodeA = a.next(nodeA, digits, iA, e)) > 0) {
        iA += 1 + PrefixTrie.labelLength(a.trie().nodes[2 * nodeA + 1]);
        deepA = a.hasEntries(nodeA) ? nodeA : deepA;
      }
      if (nodeB >= 0 && (nodeB = b.next(nodeB, digits, iB, e)) > 0) {
        iB += 1 + PrefixTrie.labelLength(b.trie().nodes[2 * nodeB + 1]);
        deepB = b.hasEntries(nodeB) ? nodeB : deepB;
      }
    }
    int bestA = deepA < 0 ? NO_MATCH : a.effectiveAt(deepA, atNanos, NO_MATCH);
    int bestB = deepB < 0 ? NO_MATCH : b.effectiveAt(deepB, atNanos, NO_MATCH);
    // the deepest prefix has no entry in force then: a shorter one may (rare; walk again)
    if (bestA == NO_MATCH && deepA >= 0) {
      bestA = a.find(digits, s, e, atNanos);
    }
    if (bestB == NO_MATCH && deepB >= 0) {
      bestB = b.find(digits, s, e, atNanos);
    }
    return ((long) bestA << 32) | (bestB & 0xFFFF_FFFFL);
  }

  PrefixTrie trie() {
    PrefixTrie built = trie;
    return built != null ? built : buildTrie();
  }

  private synchronized PrefixTrie buildTrie() {
    if (trie == null) {
      trie = TrieBuilder.fromKeys(keys.keys, keys.count, keySizes);
    }
    return trie;
  }

  /** Whether the trie is built (a deck compiled from keys builds it on first use). */
  boolean hasTrie() {
    return trie != null;
  }

  /** The distinct prefixes as union keys; null for a deck compiled trie first. */
  DeckUnion.Keys keys() {
    return keys;
  }

  /** The entry of {@code node} effective at {@code at}, or {@link #NO_MATCH}. */
  int effectiveAt(int node, long at) {
    return effectiveAt(node, at, NO_MATCH);
  }

  /** First entry in {@code [s, e)} effective at {@code at}, or {@link #NO_MATCH}. */
  int effectiveIn(int s, int e, long at) {
    return entries.effectiveIn(s, e, at);
  }

  /** True when trie node {@code node} holds entries (the walk checks dates only at the end). */
  boolean hasEntries(int node) {
    long[] nodes = trie().nodes;
    return (int) nodes[2 * node] != (int) nodes[2 * node + 2];
  }

  /** First half of a {@link #findPair} answer. */
  public static int firstOf(long pair) {
    return (int) (pair >> 32);
  }

  /** Second half of a {@link #findPair} answer. */
  public static int secondOf(long pair) {
    return (int) pair;
  }

  /** The child of {@code node} reached by {@code digits[i..]}, or -1 when the walk ends. */
  int next(int node, byte[] digits, int i, int e) {
    if (i >= e) {
      return -1;
    }
    long[] nodes = trie().nodes;
    int base = PrefixTrie.childBase(nodes[2 * node]);
    int digit = digits[i] - '0';
    if (base < 0 || digit < 0 || digit > 9) {
      return -1;
    }
    int child = base + digit;
    long label = nodes[2 * child + 1];
    if (label == PrefixTrie.EMPTY || !PrefixTrie.labelMatches(label, digits, i + 1, e)) {
      return -1;
    }
    return child;
  }

  /** The entry of {@code node} effective at {@code at}, else {@code best}. */
  private int effectiveAt(int node, long at, int best) {
    long[] nodes = trie().nodes;
    int hit = entries.effectiveIn((int) nodes[2 * node], (int) nodes[2 * node + 2], at);
    return hit == NO_MATCH ? best : hit;
  }

  /** Like {@link #find(byte[], int, int, long)} for a string of digits. */
  public int find(CharSequence digits, long atNanos) {
    long[] nodes = trie().nodes;
    int node = 0;
    int best = NO_MATCH;
    int i = 0;
    while (i < digits.length()) {
      int base = PrefixTrie.childBase(nodes[2 * node]);
      int digit = digits.charAt(i) - '0';
      if (base < 0 || digit < 0 || digit > 9) {
        break;
      }
      int child = base + digit;
      long label = nodes[2 * child + 1];
      if (label == PrefixTrie.EMPTY || !PrefixTrie.labelMatches(label, digits, i + 1)) {
        break;
      }
      node = child;
      i += 1 + PrefixTrie.labelLength(nodes[2 * child + 1]);
      best = effectiveAt(node, atNanos, best);
    }
    return best;
  }

  /** Like {@link #find(CharSequence, long)} at an instant. */
  public int find(CharSequence digits, Instant at) {
    long nanos = EpochNanos.of(at);
    return nanos == EpochNanos.INVALID ? NO_MATCH : find(digits, nanos);
  }

  /** Receives each prefix of a deck with its effective entry (see {@link #forEachEffective}). */
  @FunctionalInterface
  public interface EffectiveEntryVisitor {
    void visit(String prefix, int entry);
  }

  /**
   * Visits every prefix that has an entry effective at {@code at}, with that entry, in depth-first
   * digit order (for compiling routing plans; a full walk of the trie).
   */
  public void forEachEffective(Instant at, EffectiveEntryVisitor visitor) {
    long nanos = EpochNanos.of(at);
    if (nanos != EpochNanos.INVALID) {
      walk(0, new StringBuilder(), nanos, visitor);
    }
  }

  private void walk(int node, StringBuilder path, long at, EffectiveEntryVisitor visitor) {
    if (node != 0) {
      int e = effectiveAt(node, at, NO_MATCH);
      if (e != NO_MATCH) {
        visitor.visit(path.toString(), e);
      }
    }
    long[] nodes = trie().nodes;
    int base = PrefixTrie.childBase(nodes[2 * node]);
    if (base < 0) {
      return;
    }
    for (int d = 0; d < 10; d++) {
      int child = base + d;
      if (nodes[2 * child + 1] != PrefixTrie.EMPTY) {
        int mark = path.length();
        long label = nodes[2 * child + 1];
        path.append((char) ('0' + d));
        for (int k = 0; k < PrefixTrie.labelLength(label); k++) {
          path.append((char) ('0' + PrefixTrie.labelDigit(label, k)));
        }
        walk(child, path, at, visitor);
        path.setLength(mark);
      }
    }
  }

  /** The deck's label. */
  public String name() {
    return name;
  }

  /** The deck's currency; null when unspecified. */
  public CurrencyCode currency() {
    return currency;
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Number of trie nodes (for memory reports). */
  public int nodeCount() {
    return trie().nodeCount();
  }

  /** Bytes held by the index's arrays (object headers and shared strings excluded). */
  public long footprintBytes() {
    return 8L * trie().nodes.length + entries.footprintBytes();
  }

  /** Number of digits of entry {@code e}'s prefix: the matched part of the dialled number. */
  public int prefixLength(int e) {
    return entries.prefixLength(e);
  }

  /** Destination name of entry {@code e}. */
  public String destination(int e) {
    return entries.destination(e);
  }

  /** Rate per minute of entry {@code e} (6 decimals, or the deck's own when it had more). */
  public BigDecimal rate(int e) {
    return entries.rate(e);
  }

  /** Connect fee of entry {@code e} (6 decimals, or the deck's own when it had more). */
  public BigDecimal connectFee(int e) {
    return entries.connectFee(e);
  }

  /** Initial increment of entry {@code e} in seconds. */
  public int initialIncrement(int e) {
    return entries.initial(e);
  }

  /** Subsequent increment of entry {@code e} in seconds. */
  public int subsequentIncrement(int e) {
    return entries.subsequent(e);
  }

  /** Start of entry {@code e} (inclusive). */
  public Instant effectiveFrom(int e) {
    return EpochNanos.toInstant(entries.from(e));
  }

  /** End of entry {@code e} (exclusive); null when open-ended. */
  public Instant effectiveTo(int e) {
    return EpochNanos.toInstant(entries.to(e));
  }

  /** Billable seconds of a call of {@code seconds} whole seconds under entry {@code e}. */
  public long billableSeconds(int e, long seconds) {
    return Billing.billableSeconds(seconds, entries.initial(e), entries.subsequent(e));
  }

  /**
   * Cost in micro-units of {@code billable} seconds under entry {@code e}, or {@link
   * Billing#NOT_EXACT_IN_LONG} when only {@link #cost} can give it exactly.
   */
  public long costMicros(int e, long billable) {
    return Billing.costMicros(entries.rateMicros(e), entries.connectMicros(e), billable);
  }

  /** Exact cost (6 decimals, HALF_UP) of {@code billable} seconds under entry {@code e}. */
  public BigDecimal cost(int e, long billable) {
    long micros = costMicros(e, billable);
    if (micros != Billing.NOT_EXACT_IN_LONG) {
      return Billing.fromMicros(micros);
    }
    return Billing.cost(entries.rate(e), entries.connectFee(e), billable);
  }
}
