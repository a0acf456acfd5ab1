package com.didtron.rating.engine;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.PackedRows;
import com.didtron.rating.deck.RateEntry;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a {@link CompiledDeck}: entries laid out node by node, the trie first or (fast reader
 * rows) on demand.
 */
final class DeckCompiler {
  private DeckCompiler() {}

  static CompiledDeck compile(String name, CurrencyCode currency, Collection<RateEntry> input) {
    RateEntry[] rows = input.toArray(RateEntry[]::new);
    String[] prefixes = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      prefixes[i] = rows[i].prefix();
    }
    int[] nodeOf = new int[rows.length];
    PrefixTrie trie = TrieBuilder.build(prefixes, nodeOf);
    int[] order = orderByNode(trie, nodeOf);
    sortNodesLatestFirst(trie, order, rows);
    return new CompiledDeck(name, currency, trie, fill(rows, order));
  }

  /**
   * Compiles rows read by {@link com.didtron.rating.deck.FastDeckReader}; null when two rows share
   * a prefix and effective_from (the careful parser reports those with their lines). Prefixes of up
   * to 15 digits are radix-sorted as keys and the entries laid out node by node from the trie's
   * {@linkplain TrieBuilder#shape shape} alone: the deck keeps its distinct keys (what a {@link
   * DeckUnion} is built from) and builds its trie only when something walks it, which an offline
   * run through a union never does. Longer prefixes take the trie-first path.
   */
  static CompiledDeck compile(String name, CurrencyCode currency, PackedRows rows) {
    long[] keys = TrieBuilder.keys(rows);
    if (keys == null) {
      return compileWithTrie(name, currency, rows);
    }
    int n = rows.size();
    int[] perm = TrieBuilder.radixSort(keys);
    // the distinct keys in key order; key k's rows are perm[first[k], first[k + 1]), latest first
    long[] distinct = new long[n];
    int[] first = new int[n + 1];
    int count = 0;
    for (int i = 0; i < n; ) {
      long key = keys[perm[i]];
      int j = i + 1;
      while (j < n && keys[perm[j]] == key) {
        j++;
      }
      if (j - i > 1 && !latestFirst(rows, perm, i, j)) {
        return null;
      }
      distinct[count] = key;
      first[count++] = i;
      i = j;
    }
    first[count] = n;
    int[] nodeOf = new int[count];
    int nodes = TrieBuilder.shape(distinct, count, nodeOf);
    int[] byNode = orderByValue(nodeOf, count, nodes);
    DeckEntries out = new DeckEntries(n);
    long[] runs = new long[count];
    int[] sizes = new int[count];
    int next = 0;
    for (int t = 0; t < count; t++) {
      int k = byNode[t];
      int start = next;
      for (int g = first[k]; g < first[k + 1]; g++) {
        put(out, next++, rows, perm[g]);
      }
      runs[k] = ((long) start << 32) | next;
      sizes[k] = next - start;
    }
    return CompiledDeck.keyed(
        name, currency, new DeckUnion.Keys(distinct, runs, count), sizes, out);
  }

  /**
   * Orders {@code perm[s, e)} (one prefix's rows, in file order) by effective_from, latest first
   * (insertion sort: the runs are tiny); false when two share one.
   */
  private static boolean latestFirst(PackedRows rows, int[] perm, int s, int e) {
    for (int i = s + 1; i < e; i++) {
      int moving = perm[i];
      int j = i - 1;
      while (j >= s && rows.from(moving) > rows.from(perm[j])) {
        perm[j + 1] = perm[j];
        j--;
      }
      perm[j + 1] = moving;
    }
    for (int i = s + 1; i < e; i++) {
      if (rows.from(perm[i]) == rows.from(perm[i - 1])) {
        return false;
      }
    }
    return true;
  }

  /** Indices {@code 0..n-1} ordered by their distinct {@code values} (each below {@code max}). */
  private static int[] orderByValue(int[] values, int n, int max) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] tmp = new int[n];
    int[] count = new int[1 << 11];
    for (int shift = 0; shift < 32 && (max - 1) >>> shift != 0; shift += 11) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(values[i] >>> shift) & 0x7FF]++;
      }
      int sum = 0;
      for (int c = 0; c < count.length; c++) {
        int k = count[c];
        count[c] = sum;
        sum += k;
      }
      for (int i = 0; i < n; i++) {
        int v = order[i];
        tmp[count[(values[v] >>> shift) & 0x7FF]++] = v;
      }
      int[] t = order;
      order = tmp;
      tmp = t;
    }
    return order;
  }

  /** The trie-first compile of rows read by the fast reader (prefixes of any length). */
  private static CompiledDeck compileWithTrie(String name, CurrencyCode currency, PackedRows rows) {
    int n = rows.size();
    int[] nodeOf = new int[n];
    PrefixTrie trie = TrieBuilder.build(rows, nodeOf);
    int[] order = orderByNode(trie, nodeOf);
    for (int node = 0; node < trie.nodeCount(); node++) {
      if (!latestFirst(rows, order, trie.entryStart(node), trie.entryEnd(node))) {
        return null;
      }
    }
    DeckEntries out = new DeckEntries(n);
    for (int k = 0; k < n; k++) {
      put(out, k, rows, order[k]);
    }
    return new CompiledDeck(name, currency, trie, out);
  }

  /** Stores row {@code i} of {@code rows} as entry {@code e}. */
  private static void put(DeckEntries out, int e, PackedRows rows, int i) {
    out.setMicros(
        e,
        rows.from(i),
        rows.to(i),
        rows.rateMicros(i),
        rows.connectMicros(i),
        ((long) rows.initialIncrement(i) << 32) | rows.subsequentIncrement(i),
        rows.prefixLength(i),
        rows.destination(i));
  }

  /** Counting sort of entry numbers by trie node. */
  private static int[] orderByNode(PrefixTrie trie, int[] nodeOf) {
    int[] next = new int[trie.nodeCount()];
    for (int n = 0; n < next.length; n++) {
      next[n] = trie.entryStart(n);
    }
    int[] order = new int[nodeOf.length];
    for (int i = 0; i < nodeOf.length; i++) {
      order[next[nodeOf[i]]++] = i;
    }
    return order;
  }

  /** Insertion sort inside each node (runs are tiny); rejects equal effective_from. */
  private static void sortNodesLatestFirst(PrefixTrie trie, int[] order, RateEntry[] rows) {
    for (int n = 0; n < trie.nodeCount(); n++) {
      int s = trie.entryStart(n);
      int e = trie.entryEnd(n);
      for (int i = s + 1; i < e; i++) {
        int moving = order[i];
        int j = i - 1;
        while (j >= s && isLater(rows[moving], rows[order[j]])) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = moving;
      }
      for (int i = s + 1; i < e; i++) {
        if (rows[order[i]].effectiveFrom().equals(rows[order[i - 1]].effectiveFrom())) {
          throw new IllegalArgumentException(
              "two entries for prefix "
                  + rows[order[i]].prefix()
                  + " take effect at "
                  + rows[order[i]].effectiveFrom());
        }
      }
    }
  }

  private static boolean isLater(RateEntry a, RateEntry b) {
    return a.effectiveFrom().isAfter(b.effectiveFrom());
  }

  /** Reads rows in input order (memory order) and scatters them to their slots. */
  private static DeckEntries fill(RateEntry[] rows, int[] order) {
    DeckEntries out = new DeckEntries(rows.length);
    int[] slotOf = new int[rows.length];
    for (int k = 0; k < order.length; k++) {
      slotOf[order[k]] = k;
    }
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < rows.length; i++) {
      RateEntry row = rows[i];
      out.set(
          slotOf[i],
          EpochNanos.of(row.effectiveFrom()),
          EpochNanos.ofEnd(row.effectiveTo()),
          row.rate(),
          row.connectFee(),
          row.initialIncrement(),
          row.subsequentIncrement(),
          row.prefix().length(),
          names.computeIfAbsent(row.destination(), d -> d));
    }
    return out;
  }
}
