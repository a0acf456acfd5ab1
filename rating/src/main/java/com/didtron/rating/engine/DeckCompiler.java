package com.didtron.rating.engine;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.PackedRows;
import com.didtron.rating.deck.RateEntry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Builds a {@link CompiledDeck}: trie first, then entries laid out node by node. */
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
   * a prefix and effective_from (the careful parser reports those with their lines).
   */
  static CompiledDeck compile(String name, CurrencyCode currency, PackedRows rows) {
    int n = rows.size();
    int[] nodeOf = new int[n];
    PrefixTrie trie = TrieBuilder.build(rows, nodeOf);
    int[] order = orderByNode(trie, nodeOf);
    for (int node = 0; node < trie.nodeCount(); node++) {
      int s = trie.entryStart(node);
      int e = trie.entryEnd(node);
      for (int i = s + 1; i < e; i++) {
        int moving = order[i];
        int j = i - 1;
        while (j >= s && rows.from(moving) > rows.from(order[j])) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = moving;
      }
      for (int i = s + 1; i < e; i++) {
        if (rows.from(order[i]) == rows.from(order[i - 1])) {
          return null;
        }
      }
    }
    DeckEntries out = new DeckEntries(n);
    for (int k = 0; k < n; k++) {
      int i = order[k];
      out.setMicros(
          k,
          rows.from(i),
          rows.to(i),
          rows.rateMicros(i),
          rows.connectMicros(i),
          ((long) rows.initialIncrement(i) << 32) | rows.subsequentIncrement(i),
          rows.prefixLength(i),
          rows.destination(i));
    }
    return new CompiledDeck(name, currency, trie, out);
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
