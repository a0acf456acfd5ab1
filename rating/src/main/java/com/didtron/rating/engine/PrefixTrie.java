package com.didtron.rating.engine;

/**
 * A path-compressed decimal digit trie in one flat array, built for one cache miss per step.
 *
 * <p>{@code nodes} holds two longs per node slot: {@code meta} (the first slot of the node's child
 * block in the high int, -1 for none; first entry index in the low int) and {@code label}, the
 * digits that must follow the digit that selected the node (up to {@value #MAX_LABEL} digits, 4
 * bits each from the low end, the count in the top 4 bits), or {@link #EMPTY} for a slot without a
 * node. The children of a node are a block of ten slots, one per digit, so the child reached by
 * digit d sits at {@code block + d}: a step reads the child itself, no separate child table. A
 * node's entries end where the next slot's begin (empty slots own none), so one node costs one
 * cache line. Chains of nodes without entries and with a single child are merged into labels. A
 * final sentinel slot closes the last entry run. Immutable once built.
 */
final class PrefixTrie {
  static final int MAX_LABEL = 15;

  /** The label of a slot that holds no node (digit 15 never matches a dialled digit). */
  static final long EMPTY = -1L;

  final long[] nodes;
  private final int nodeCount;

  /** A trie of {@code nodeCount} nodes and the sentinel; {@code nodes} may have room beyond. */
  PrefixTrie(long[] nodes, int nodeCount) {
    this.nodes = nodes;
    this.nodeCount = nodeCount;
  }

  /** Number of nodes, the sentinel excluded. */
  int nodeCount() {
    return nodeCount;
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
