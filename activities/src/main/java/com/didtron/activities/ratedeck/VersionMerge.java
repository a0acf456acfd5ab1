package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.ChangeFlag;
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

/**
 * {@link DeckMerge} for the import, with the file's rows sorted on both cores first. The merge
 * keeps the order it is given and ends by sorting the version by prefix and effective_from (the
 * primary key's order, so COPY appends to the index); on rows already in that order its sort is one
 * pass. A card's first version has nothing to merge with: every row is new and nothing closes,
 * which is what {@link DeckMerge} answers for an empty previous version, built here without its
 * maps.
 */
final class VersionMerge {
  private static final Comparator<RateEntry> KEY_ORDER =
      Comparator.comparing(RateEntry::prefix).thenComparing(RateEntry::effectiveFrom);

  private VersionMerge() {}

  /**
   * The next version.
   *
   * @param rows the file's valid rows, unique by prefix and effective_from (as the parser gives
   *     them)
   */
  static DeckMerge.Result merge(
      List<RateEntry> previous,
      List<RateEntry> rows,
      ImportMode mode,
      Instant closeAt,
      Instant now) {
    RateEntry[] sorted = rows.toArray(RateEntry[]::new);
    Arrays.parallelSort(sorted, KEY_ORDER);
    if (!previous.isEmpty()) {
      return DeckMerge.merge(previous, Arrays.asList(sorted), mode, closeAt, now);
    }
    List<VersionEntry> entries = new ArrayList<>(sorted.length);
    for (RateEntry e : sorted) {
      entries.add(new VersionEntry(e, ChangeFlag.NEW, null));
    }
    Map<ChangeFlag, Long> counts = new EnumMap<>(ChangeFlag.class);
    for (ChangeFlag flag : ChangeFlag.values()) {
      counts.put(flag, 0L);
    }
    counts.put(ChangeFlag.NEW, (long) entries.size());
    return new DeckMerge.Result(entries, counts, 0, 0, 0);
  }
}
