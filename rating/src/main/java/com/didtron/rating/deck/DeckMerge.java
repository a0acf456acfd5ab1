package com.didtron.rating.deck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the complete next version of a deck from the previous version and an imported file: a pure
 * function, the stored counterpart of {@link DeckDiff}'s preview.
 *
 * <p>Every version holds the whole deck (history included), so activating one is a single switch
 * and past versions stay available for re-rating and audit. File rows are upserted by prefix and
 * effective_from. In {@link ImportMode#REPLACE}, every <em>live</em> prefix (one with an entry not
 * ended at the import instant) missing from the file is closed at {@code closeAt}: its entries
 * still running then end at {@code closeAt}, entries starting at or after it are withdrawn. Each
 * file row is flagged against the prefix's current entry ({@link #currentPerPrefix}).
 */
public final class DeckMerge {
  /** Above this share of closed live prefixes a Replace needs an explicit confirmation. */
  public static final double MASS_CLOSE_SHARE = 0.5;

  private static final Comparator<VersionEntry> ORDER =
      Comparator.comparing((VersionEntry v) -> v.entry().prefix())
          .thenComparing(v -> v.entry().effectiveFrom());

  private DeckMerge() {}

  /**
   * The next version and its change counts.
   *
   * @param entries the version's entries, ordered by prefix then effective_from
   * @param counts number of flagged entries per flag (every flag present)
   * @param withdrawn entries a Replace removed because they would have started after closing
   * @param livePrefixesBefore prefixes live in the previous version at the import instant
   * @param closedPrefixes live prefixes a Replace closed
   */
  public record Result(
      List<VersionEntry> entries,
      Map<ChangeFlag, Long> counts,
      long withdrawn,
      long livePrefixesBefore,
      long closedPrefixes) {
    public Result {
      entries = List.copyOf(entries);
      counts = Map.copyOf(counts);
    }

    /** True when a Replace closes more than {@link #MASS_CLOSE_SHARE} of the live prefixes. */
    public boolean closesMostPrefixes() {
      return livePrefixesBefore > 0 && closedPrefixes > MASS_CLOSE_SHARE * livePrefixesBefore;
    }
  }

  /**
   * Merges {@code rows} into {@code previous}.
   *
   * @param previous every entry of the previous version (empty for a first import)
   * @param rows the file's valid rows (unique by prefix and effective_from)
   * @param mode Add or Replace
   * @param closeAt when missing prefixes stop applying (Replace only), usually {@link
   *     DeckDiff#fileEffectiveDate}
   * @param now the import instant: which prefixes count as live
   */
  public static Result merge(
      Collection<RateEntry> previous,
      Collection<RateEntry> rows,
      ImportMode mode,
      Instant closeAt,
      Instant now) {
    Map<String, RateEntry> current = currentPerPrefix(previous, now);
    Map<Key, VersionEntry> next = new LinkedHashMap<>();
    previous.forEach(e -> next.put(Key.of(e), new VersionEntry(e, null, null)));
    Set<String> inFile = new HashSet<>();
    for (RateEntry row : rows) {
      inFile.add(row.prefix());
      RateEntry before = current.get(row.prefix());
      next.put(
          Key.of(row),
          new VersionEntry(row, DeckDiff.flag(before, row), before == null ? null : before.rate()));
    }
    long withdrawn = 0;
    long closed = 0;
    if (mode == ImportMode.REPLACE) {
      Objects.requireNonNull(closeAt, "closeAt is required for a Replace import");
      Set<String> closing = new HashSet<>(current.keySet());
      closing.removeAll(inFile);
      closed = closing.size();
      withdrawn = close(next, closing, closeAt);
    }
    List<VersionEntry> entries = new ArrayList<>(next.values());
    entries.sort(ORDER);
    return new Result(entries, counts(entries), withdrawn, current.size(), closed);
  }

  /** Ends the running entries of the closing prefixes; returns how many were withdrawn. */
  private static long close(Map<Key, VersionEntry> next, Set<String> closing, Instant closeAt) {
    long withdrawn = 0;
    var it = next.entrySet().iterator();
    while (it.hasNext()) {
      var slot = it.next();
      RateEntry e = slot.getValue().entry();
      if (!closing.contains(e.prefix())) {
        continue;
      }
      if (!closeAt.isAfter(e.effectiveFrom())) {
        it.remove();
        withdrawn++;
      } else if (e.effectiveTo() == null || e.effectiveTo().isAfter(closeAt)) {
        slot.setValue(new VersionEntry(e.withEffectiveTo(closeAt), ChangeFlag.CLOSED, e.rate()));
      }
    }
    return withdrawn;
  }

  /**
   * Per prefix, the entry a file row is compared with: among entries not ended at {@code at} (open,
   * or ending after it), the one with the latest effective_from. Prefixes whose entries have all
   * ended are not live and have none.
   */
  public static Map<String, RateEntry> currentPerPrefix(Collection<RateEntry> entries, Instant at) {
    Map<String, RateEntry> current = new HashMap<>();
    for (RateEntry e : entries) {
      if (e.effectiveTo() != null && !e.effectiveTo().isAfter(at)) {
        continue;
      }
      current.merge(e.prefix(), e, (a, b) -> b.effectiveFrom().isAfter(a.effectiveFrom()) ? b : a);
    }
    return current;
  }

  private static Map<ChangeFlag, Long> counts(List<VersionEntry> entries) {
    Map<ChangeFlag, Long> counts = new EnumMap<>(ChangeFlag.class);
    for (ChangeFlag flag : ChangeFlag.values()) {
      counts.put(flag, 0L);
    }
    for (VersionEntry e : entries) {
      if (e.flag() != null) {
        counts.merge(e.flag(), 1L, Long::sum);
      }
    }
    return counts;
  }

  private record Key(String prefix, Instant from) {
    static Key of(RateEntry e) {
      return new Key(e.prefix(), e.effectiveFrom());
    }
  }
}
