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
  private int outCount;
  private int[] compressedOf;
  // a label's digits while it is built (used up before the recursion reuses it)
  private final int[] digits = new int[PrefixTrie.MAX_LABEL];

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
    return b.finish(nodeOf, null);
  }

  /**
   * The trie of {@code rows.size()} prefixes held as slices of {@code rows.text()}; {@code
   * nodeOf[i]} receives the node of prefix i. Prefixes of up to {@value #KEY_DIGITS} digits are
   * radix-sorted and the compressed trie is built straight from the sorted keys in depth-first
   * order (sequential memory access, no plain trie); longer ones take the general path.
   */
  static PrefixTrie build(com.didtron.rating.deck.PackedRows rows, int[] nodeOf) {
    int n = rows.size();
    long[] keys = keys(rows);
    if (keys == null) {
      String[] prefixes = new String[n];
      for (int i = 0; i < n; i++) {
        prefixes[i] =
            new String(
                rows.text(),
                rows.prefixStart(i),
                rows.prefixLength(i),
                java.nio.charset.StandardCharsets.US_ASCII);
      }
      return build(prefixes, nodeOf);
    }
    int[] perm = radixSort(keys);
    long[] sorted = new long[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = keys[perm[k]];
    }
    TrieBuilder b = new TrieBuilder(0);
    b.outNodes = new long[2 * (4 * n + 12)];
    int root = b.newNode(0L);
    b.fromSorted(root, sorted, perm, 0, n, 0, nodeOf);
    return b.finish(nodeOf, null);
  }

  /**
   * The node each of the distinct keys {@code sorted[0, n)} (ascending, unsigned) would get in the
   * trie {@link #fromKeys} builds from them, into {@code nodeOf}, without building it; returns the
   * trie's node count. A deck can so lay its entries out node by node and build the trie only when
   * something walks it.
   */
  static int shape(long[] sorted, int n, int[] nodeOf) {
    TrieBuilder b = new TrieBuilder(0);
    int root = b.newNode(0L);
    b.fromSorted(root, sorted, null, 0, n, 0, nodeOf);
    return b.outCount;
  }

  /**
   * The trie of the distinct keys {@code sorted[0, n)} (ascending, unsigned) where key k owns
   * {@code counts[k]} entries laid out node by node: the node numbers {@link #shape} gives.
   */
  static PrefixTrie fromKeys(long[] sorted, int n, int[] counts) {
    TrieBuilder b = new TrieBuilder(0);
    b.outNodes = new long[2 * (4 * n + 12)];
    int root = b.newNode(0L);
    int[] nodeOf = new int[n];
    b.fromSorted(root, sorted, null, 0, n, 0, nodeOf);
    return b.finish(nodeOf, counts);
  }

  private static final int KEY_DIGITS = 15;

  /** Digits packed 4 bits each from the top, the length in the low 4 bits; null if too long. */
  static long[] keys(com.didtron.rating.deck.PackedRows rows) {
    int n = rows.size();
    byte[] text = rows.text();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int s = rows.prefixStart(i);
      int length = rows.prefixLength(i);
      if (length > KEY_DIGITS) {
        return null;
      }
      long v = 0;
      for (int k = 0; k < length; k++) {
        v |= (long) (text[s + k] - '0') << (60 - 4 * k);
      }
      keys[i] = v | length;
    }
    return keys;
  }

  private static int digit(long key, int position) {
    return (int) (key >>> (60 - 4 * position)) & 15;
  }

  private static int length(long key) {
    return (int) key & 15;
  }

  /** Row numbers ordered by unsigned key (LSD radix sort on bytes, stable). */
  static int[] radixSort(long[] keys) {
    int n = keys.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    int[] tmp = new int[n];
    int[] count = new int[256];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (keys[i] >>> shift) & 0xFF]++;
      }
      if (n == 0 || count[(int) (keys[0] >>> shift) & 0xFF] == n) {
        continue;
      }
      int sum = 0;
      for (int c = 0; c < 256; c++) {
        int k = count[c];
        count[c] = sum;
        sum += k;
      }
      for (int i = 0; i < n; i++) {
        int row = perm[i];
        tmp[count[(int) (keys[row] >>> shift) & 0xFF]++] = row;
      }
      int[] t = perm;
      perm = tmp;
      tmp = t;
    }
    return perm;
  }

  /**
   * Builds the subtree of {@code node}, which stands for the first {@code depth} digits shared by
   * the sorted keys {@code [lo, hi)}: keys of exactly that length are its entries (they sort
   * first), the rest are grouped by their next digit; a group's child takes as label every further
   * digit the whole group shares while no key ends there. Without {@code perm} the keys are
   * distinct and {@code nodeOf} is indexed by key; without {@code outNodes} only the node numbers
   * are handed out ({@link #shape}).
   */
  private void fromSorted(
      int node, long[] sorted, int[] perm, int lo, int hi, int depth, int[] nodeOf) {
    int i = lo;
    while (i < hi && length(sorted[i]) == depth) {
      nodeOf[perm == null ? i : perm[i]] = node;
      i++;
    }
    if (i == hi) {
      return;
    }
    int base = block();
    if (outNodes != null) {
      outNodes[2 * node] = (long) base << 32;
    }
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
      while (length < PrefixTrie.MAX_LABEL
          && length(first) > q
          && digit(first, q) == digit(last, q)) {
        digits[length++] = digit(first, q);
        q++;
      }
      int child = base + d;
      if (outNodes != null) {
        outNodes[2 * child + 1] = PrefixTrie.label(digits, length);
      }
      fromSorted(child, sorted, perm, i, j, q, nodeOf);
      i = j;
    }
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

  private int insert(byte[] text, int s, int length) {
    int node = 0;
    for (int i = s; i < s + length; i++) {
      if (childBase[node] < 0) {
        children = grow(children, childSlots + 10);
        childBase[node] = childSlots;
        childSlots += 10;
      }
      int slot = childBase[node] + (text[i] - '0');
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
    outNodes = new long[2 * nodeCount + 22];
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
    int base = block();
    outNodes[2 * node] = (long) base << 32;
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
      int created = base + d;
      outNodes[2 * created + 1] = PrefixTrie.label(digits, length);
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

  /** Ten empty node slots, the children of one node by digit; returns the first. */
  private int block() {
    if (outNodes == null) {
      outCount += 10;
      return outCount - 10;
    }
    if (2 * (outCount + 10) + 2 >= outNodes.length) {
      outNodes = Arrays.copyOf(outNodes, Math.max(2 * outNodes.length, 2 * (outCount + 10) + 4));
    }
    int base = outCount;
    for (int k = base; k < base + 10; k++) {
      outNodes[2 * k] = -1L << 32;
      outNodes[2 * k + 1] = PrefixTrie.EMPTY;
    }
    outCount += 10;
    return base;
  }

  private int newNode(long label) {
    if (outNodes == null) {
      return outCount++;
    }
    if (2 * outCount + 3 >= outNodes.length) {
      outNodes = Arrays.copyOf(outNodes, 2 * outNodes.length);
    }
    outNodes[2 * outCount] = -1L << 32;
    outNodes[2 * outCount + 1] = label;
    return outCount++;
  }

  /**
   * Sets each node's first entry from the entry counts ({@code nodeOf[i]} holds {@code weight[i]}
   * entries, one without weights); the array is trimmed only when much of it is spare (a copy of a
   * big trie costs more than the room it gives back).
   */
  private PrefixTrie finish(int[] nodeOf, int[] weight) {
    int[] counts = new int[outCount + 1];
    for (int i = 0; i < nodeOf.length; i++) {
      counts[nodeOf[i] + 1] += weight == null ? 1 : weight[i];
    }
    for (int n = 0; n < outCount; n++) {
      counts[n + 1] += counts[n];
      outNodes[2 * n] = (outNodes[2 * n] & 0xFFFF_FFFF_0000_0000L) | counts[n];
    }
    outNodes[2 * outCount] = counts[outCount];
    int length = 2 * outCount + 2;
    long[] nodes =
        outNodes.length - length <= outNodes.length / 4
            ? outNodes
            : Arrays.copyOf(outNodes, length);
    return new PrefixTrie(nodes, outCount);
  }

  private static int[] grow(int[] array, int needed) {
    return needed <= array.length
        ? array
        : Arrays.copyOf(array, Math.max(needed, array.length * 2));
  }
}
