package com.didtron.rating.offline;

import com.didtron.rating.engine.CompiledDeck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Account or carrier name to compiled deck, looked up straight from CSV field bytes without
 * decoding or allocating. Immutable; safe to share between threads.
 */
final class NameIndex {
  private final byte[][] keys;
  private final CompiledDeck[] values;
  private final int mask;

  NameIndex(Map<String, CompiledDeck> decks) {
    int size = Integer.highestOneBit(Math.max(4, decks.size() * 4 - 1)) << 1;
    keys = new byte[size][];
    values = new CompiledDeck[size];
    mask = size - 1;
    decks.forEach(this::put);
  }

  private void put(String name, CompiledDeck deck) {
    byte[] key = name.getBytes(StandardCharsets.UTF_8);
    int slot = hash(key, 0, key.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = deck;
  }

  /** The deck named by {@code b[s, e)}; null when unknown. */
  CompiledDeck get(byte[] b, int s, int e) {
    int slot = hash(b, s, e) & mask;
    while (keys[slot] != null) {
      byte[] key = keys[slot];
      if (Arrays.equals(key, 0, key.length, b, s, e)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static int hash(byte[] b, int s, int e) {
    int h = 1;
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }
}
