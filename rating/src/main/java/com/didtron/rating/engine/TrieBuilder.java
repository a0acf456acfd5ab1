package com.didtron.rating.engine;

import java.util.Arrays;

/**
 * Builds a {@link PrefixTrie}: a plain digit trie first, then a depth-first copy that merges
 * single-child chains without entries into node labels.
 */
final class TrieBuilder {
  private int[] childBase;
  private int[] children;
  private int nodeCount = 1;
  private int childSlots;
  private int[] entries;

  private long[] outNodes;
  private int[] outChildren;
  private int outCount;
  private int outSlots;
  private int[] compressedOf;

  /** The trie of {@code prefixes}; {@code nodeOf[i]} receives the node of prefix i. */
  static PrefixTrie build(String[] prefixes, int[] nodeOf) {
    TrieBuilder b = new TrieBuilder(prefixes.length);
    int[] plainOf = new int[prefixes.length];
    for (int i = 0; i < prefixes.length; i++) {
      plainOf[i] = b.insert(prefixes[i]);
    }
    b.entries = new int[b.nodeCount];
    for (int node : plainOf) {
      b.entries[node]++;
    }
    b.compress();
    for (int i = 0; i < prefixes.length; i++) {
      nodeOf[i] = b.compressedOf[plainOf[i]];
    }
    return b.finish(nodeOf);
  }

  /** Sized for typical decks (about 2.3 plain nodes and 1.3 child blocks per prefix). */
  private TrieBuilder(int expected) {
    childBase = new int[Math.max(16, 3 * expected)];
    Arrays.fill(childBase, -1);
    children = new int[Math.max(40, 14 * expected)];
  }

  private int insert(String prefix) {
    int node = 0;
    for (int i = 0; i < prefix.length(); i++) {
      if (childBase[node] < 0) {
        children = grow(children, childSlots + 10);
        childBase[node] = childSlots;
        childSlots += 10;
      }
      int slot = childBase[node] + (prefix.charAt(i) - '0');
      if (children[slot] == 0) {
        if (nodeCount == childBase.length) {
          childBase = Arrays.copyOf(childBase, nodeCount * 2);
          Arrays.fill(childBase, nodeCount, childBase.length, -1);
        }
        children[slot] = nodeCount++;
      }
      node = children[slot];
    }
    return node;
  }

  private void compress() {
    outNodes = new long[2 * nodeCount + 2];
    outChildren = new int[Math.max(10, childSlots)];
    compressedOf = new int[nodeCount];
    Arrays.fill(compressedOf, -1);
    int root = newNode(0L);
    copy(0, root);
  }

  /** Copies plain node {@code plain} (already created as {@code node}) and its subtree. */
  private void copy(int plain, int node) {
    compressedOf[plain] = node;
    if (childBase[plain] < 0) {
      return;
    }
    int base = outSlots;
    outSlots += 10;
    outNodes[2 * node] = (long) base << 32;
    int[] digits = new int[PrefixTrie.MAX_LABEL];
    for (int d = 0; d < 10; d++) {
      int child = children[childBase[plain] + d];
      if (child == 0) {
        continue;
      }
      int length = 0;
      while (length < PrefixTrie.MAX_LABEL && entries[child] == 0 && onlyChildDigit(child) >= 0) {
        digits[length] = onlyChildDigit(child);
        child = children[childBase[child] + digits[length++]];
      }
      int created = newNode(PrefixTrie.label(digits, length));
      outChildren[base + d] = created;
      copy(child, created);
    }
  }

  /** The digit of the single child of {@code plain}, or -1 when it has none or several. */
  private int onlyChildDigit(int plain) {
    if (childBase[plain] < 0) {
      return -1;
    }
    int found = -1;
    for (int d = 0; d < 10; d++) {
      if (children[childBase[plain] + d] != 0) {
        if (found >= 0) {
          return -1;
        }
        found = d;
      }
    }
    return found;
  }

  private int newNode(long label) {
    outNodes[2 * outCount] = -1L << 32;
    outNodes[2 * outCount + 1] = label;
    return outCount++;
  }

  /** Sets each node's first entry from the entry counts and trims the arrays. */
  private PrefixTrie finish(int[] nodeOf) {
    int[] counts = new int[outCount + 1];
    for (int node : nodeOf) {
      counts[node + 1]++;
    }
    for (int n = 0; n < outCount; n++) {
      counts[n + 1] += counts[n];
      outNodes[2 * n] = (outNodes[2 * n] & 0xFFFF_FFFF_0000_0000L) | counts[n];
    }
    outNodes[2 * outCount] = counts[outCount];
    return new PrefixTrie(
        Arrays.copyOf(outNodes, 2 * outCount + 2), Arrays.copyOf(outChildren, outSlots));
  }

  private static int[] grow(int[] array, int needed) {
    return needed <= array.length
        ? array
        : Arrays.copyOf(array, Math.max(needed, array.length * 2));
  }
}
