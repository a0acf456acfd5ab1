package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ChangeFlag;
import com.didtron.rating.deck.DeckDiff;
import com.didtron.rating.deck.DeckMerge;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.deck.VersionEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DeckMerge} for the import, over sorted arrays instead of maps. Both the previous version
 * and the file's rows are put in key order (prefix, then effective_from: the primary key's order,
 * so COPY appends to the index) — the previous version usually already is, as it is read back
 * ordered, and is then only checked; the file's rows are radix-sorted ({@link #sorted}). The two
 * runs are then walked together one prefix at a time, which gives exactly what {@link DeckMerge}
 * gives ({@code VersionMergeTest} compares them): a file row replaces the previous entry with its
 * key and is flagged against the prefix's current entry; in a Replace, a live prefix missing from
 * the file is closed at {@code closeAt}.
 */
final class VersionMerge {
  /** Prefix, then effective_from; written out, as the chained comparators cost twice as much. */
  static final Comparator<RateEntry> KEY_ORDER =
      (a, b) -> {
        int c = a.prefix().compareTo(b.prefix());
        return c != 0 ? c : a.effectiveFrom().compareTo(b.effectiveFrom());
      };

  private VersionMerge() {}

  /**
   * The next version.
   *
   * @param previous every entry of the previous version, in any order (empty for a first import)
   * @param rows the file's valid rows, unique by prefix and effective_from (as the parser gives
   *     them)
   */
  static DeckMerge.Result merge(
      List<RateEntry> previous,
      List<RateEntry> rows,
      ImportMode mode,
      Instant closeAt,
      Instant now) {
    RateEntry[] file = sorted(rows);
    RateEntry[] before = sorted(previous);
    if (mode == ImportMode.REPLACE && before.length > 0) {
      Objects.requireNonNull(closeAt, "closeAt is required for a Replace import");
    }
    List<VersionEntry> entries = new ArrayList<>(file.length + before.length);
    long[] counts = new long[ChangeFlag.values().length];
    long live = 0;
    long closed = 0;
    long withdrawn = 0;
    int p = 0;
    int f = 0;
    while (p < before.length || f < file.length) {
      String prefix = nextPrefix(before, p, file, f);
      int pEnd = p;
      while (pEnd < before.length && before[pEnd].prefix().equals(prefix)) {
        pEnd++;
      }
      int fEnd = f;
      while (fEnd < file.length && file[fEnd].prefix().equals(prefix)) {
        fEnd++;
      }
      RateEntry current = current(before, p, pEnd, now);
      if (current != null) {
        live++;
      }
      if (f < fEnd) {
        mergePrefix(before, p, pEnd, file, f, fEnd, current, entries, counts);
      } else if (mode == ImportMode.REPLACE && current != null) {
        closed++;
        withdrawn += close(before, p, pEnd, closeAt, entries, counts);
      } else {
        for (int i = p; i < pEnd; i++) {
          entries.add(new VersionEntry(before[i], null, null));
        }
      }
      p = pEnd;
      f = fEnd;
    }
    Map<ChangeFlag, Long> byFlag = new EnumMap<>(ChangeFlag.class);
    for (ChangeFlag flag : ChangeFlag.values()) {
      byFlag.put(flag, counts[flag.ordinal()]);
    }
    return new DeckMerge.Result(entries, byFlag, withdrawn, live, closed);
  }

  /**
   * The entries in key order, or the same array when they already are (a version read back). A
   * file's rows are radix-sorted on a number per row that orders prefixes as the strings compare:
   * the first {@value #KEY_DIGITS} digits, each as 1 to 10 in base 11, padded with 0 (so {@code 1 <
   * 10 < 2}); rows with equal numbers (the same prefix, or prefixes alike in their first {@value
   * #KEY_DIGITS} digits) are then put in order with {@link #KEY_ORDER}. No comparison of strings
   * per step of the sort, and no object per row.
   */
  static RateEntry[] sorted(List<RateEntry> entries) {
    RateEntry[] rows = entries.toArray(RateEntry[]::new);
    int n = rows.length;
    int i = 1;
    while (i < n && KEY_ORDER.compare(rows[i - 1], rows[i]) <= 0) {
      i++;
    }
    if (i >= n) {
      return rows;
    }
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int r = 0; r < n; r++) {
      keys[r] = key(rows[r].prefix());
      order[r] = r;
    }
    radixSort(keys, order);
    RateEntry[] out = new RateEntry[n];
    for (int r = 0; r < n; r++) {
      out[r] = rows[order[r]];
    }
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && keys[end] == keys[start]) {
        end++;
      }
      if (end - start > 1) {
        Arrays.sort(out, start, end, KEY_ORDER);
      }
      start = end;
    }
    return out;
  }

  /** Digits of a prefix in its sort number: 11^18 fits in a positive long. */
  static final int KEY_DIGITS = 18;

  private static long key(String prefix) {
    long key = 0;
    int digits = Math.min(prefix.length(), KEY_DIGITS);
    for (int d = 0; d < digits; d++) {
      key = key * 11 + (prefix.charAt(d) - '0' + 1);
    }
    for (int d = digits; d < KEY_DIGITS; d++) {
      key *= 11;
    }
    return key;
  }

  /** Sorts {@code keys} (non-negative) and moves {@code order} along: 16 bits a pass, stable. */
  private static void radixSort(long[] sortKeys, int[] sortOrder) {
    long[] keys = sortKeys;
    int[] order = sortOrder;
    int n = keys.length;
    long[] keysTo = new long[n];
    int[] orderTo = new int[n];
    int[] count = new int[1 << 16];
    for (int shift = 0; shift < 64; shift += 16) {
      Arrays.fill(count, 0);
      for (long k : keys) {
        count[(int) (k >>> shift) & 0xffff]++;
      }
      if (count[(int) (keys[0] >>> shift) & 0xffff] == n) {
        continue; // every key has the same 16 bits here
      }
      int sum = 0;
      for (int b = 0; b < count.length; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int r = 0; r < n; r++) {
        int at = count[(int) (keys[r] >>> shift) & 0xffff]++;
        keysTo[at] = keys[r];
        orderTo[at] = order[r];
      }
      long[] k = keys;
      keys = keysTo;
      keysTo = k;
      int[] o = order;
      order = orderTo;
      orderTo = o;
    }
    if (keys != sortKeys) {
      System.arraycopy(keys, 0, sortKeys, 0, n);
      System.arraycopy(order, 0, sortOrder, 0, n);
    }
  }

  private static String nextPrefix(RateEntry[] before, int p, RateEntry[] file, int f) {
    if (p == before.length) {
      return file[f].prefix();
    }
    if (f == file.length) {
      return before[p].prefix();
    }
    String a = before[p].prefix();
    String b = file[f].prefix();
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * {@link DeckMerge#currentPerPrefix} for one prefix: among entries not ended at {@code at}, the
   * one with the latest effective_from (the last such in key order).
   */
  private static RateEntry current(RateEntry[] before, int from, int to, Instant at) {
    for (int i = to - 1; i >= from; i--) {
      RateEntry e = before[i];
      if (e.effectiveTo() == null || e.effectiveTo().isAfter(at)) {
        return e;
      }
    }
    return null;
  }

  /** One prefix of the file: its rows replace the previous entries with the same key. */
  private static void mergePrefix(
      RateEntry[] before,
      int p,
      int pEnd,
      RateEntry[] file,
      int f,
      int fEnd,
      RateEntry current,
      List<VersionEntry> entries,
      long[] counts) {
    while (p < pEnd || f < fEnd) {
      int order =
          p == pEnd
              ? 1
              : f == fEnd ? -1 : before[p].effectiveFrom().compareTo(file[f].effectiveFrom());
      if (order < 0) {
        entries.add(new VersionEntry(before[p++], null, null));
        continue;
      }
      if (order == 0) {
        p++;
      }
      RateEntry row = file[f++];
      ChangeFlag flag = DeckDiff.flag(current, row);
      counts[flag.ordinal()]++;
      entries.add(new VersionEntry(row, flag, current == null ? null : current.rate()));
    }
  }

  /** Closes a live prefix missing from a Replace; returns how many entries were withdrawn. */
  private static long close(
      RateEntry[] before,
      int p,
      int pEnd,
      Instant closeAt,
      List<VersionEntry> entries,
      long[] counts) {
    long withdrawn = 0;
    for (int i = p; i < pEnd; i++) {
      RateEntry e = before[i];
      if (!closeAt.isAfter(e.effectiveFrom())) {
        withdrawn++;
      } else if (e.effectiveTo() == null || e.effectiveTo().isAfter(closeAt)) {
        counts[ChangeFlag.CLOSED.ordinal()]++;
        entries.add(new VersionEntry(e.withEffectiveTo(closeAt), ChangeFlag.CLOSED, e.rate()));
      } else {
        entries.add(new VersionEntry(e, null, null));
      }
    }
    return withdrawn;
  }
}
