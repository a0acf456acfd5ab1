package com.didtron.rating.engine;

/**
 * A path-compressed decimal digit trie in two flat arrays, built for few cache misses per lookup.
 *
 * <p>{@code nodes} holds two longs per node: {@code meta} (child block index in the high int, -1
 * for none; first entry index in the low int) and {@code label}, the digits that must follow the
 * digit that selected the node (up to {@value #MAX_LABEL} digits, 4 bits each from the low end, the
 * count in the top 4 bits). A node's entries end where the next node's begin, so one node costs one
 * cache line. {@code children} holds blocks of ten child node numbers (0 = none; the root, node 0,
 * is nobody's child). Chains of nodes without entries and with a single child are merged into
 * labels, so a deck of random 4-9 digit codes needs about one node per prefix plus the branching
 * ones. A final sentinel node closes the last entry run. Immutable once built.
 */
final class PrefixTrie {
  static final int MAX_LABEL = 15;

  final long[] nodes;
  final int[] children;

  PrefixTrie(long[] nodes, int[] children) {
    this.nodes = nodes;
    this.children = children;
  }

  /** Number of nodes, the sentinel excluded. */
  int nodeCount() {
    return nodes.length / 2 - 1;
  }

  static int childBase(long meta) {
    return (int) (meta >> 32);
  }

  /** First entry of node {@code n}. */
  int entryStart(int n) {
    return (int) nodes[2 * n];
  }

  /** End (exclusive) of node {@code n}'s entries: the next node's first entry. */
  int entryEnd(int n) {
    return (int) nodes[2 * n + 2];
  }

  /** Number of digits in {@code label}. */
  static int labelLength(long label) {
    return (int) (label >>> 60);
  }

  /** Digit {@code k} of {@code label}. */
  static int labelDigit(long label, int k) {
    return (int) (label >>> (4 * k)) & 15;
  }

  static long label(int[] digits, int length) {
    long label = (long) length << 60;
    for (int k = 0; k < length; k++) {
      label |= (long) digits[k] << (4 * k);
    }
    return label;
  }

  /** True when the digits of {@code label} follow at {@code b[i..]} (within {@code e}). */
  static boolean labelMatches(long label, byte[] b, int i, int e) {
    int length = labelLength(label);
    if (e - i < length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (b[i + k] - '0' != labelDigit(label, k)) {
        return false;
      }
    }
    return true;
  }

  /** Like {@link #labelMatches(long, byte[], int, int)} on characters. */
  static boolean labelMatches(long label, CharSequence s, int i) {
    int length = labelLength(label);
    if (s.length() - i < length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (s.charAt(i + k) - '0' != labelDigit(label, k)) {
        return false;
      }
    }
    return true;
  }
}
