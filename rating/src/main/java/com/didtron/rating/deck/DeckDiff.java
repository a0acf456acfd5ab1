package com.didtron.rating.deck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares an imported file with the active deck: a pure function that previews an import.
 *
 * <p>Every imported row gets a flag against the active entry of its prefix: NEW when there is none;
 * otherwise the rate per minute decides, then the connect fee, then the initial and the subsequent
 * increment (the first that differs: higher means INCREASE); UNCHANGED when all four are equal
 * (names and dates do not count). In {@link ImportMode#REPLACE}, every active prefix missing from
 * the file is CLOSED at {@code closeAt}.
 */
public final class DeckDiff {
  private static final Comparator<RateEntry> PRICE =
      Comparator.comparing(RateEntry::rate)
          .thenComparing(RateEntry::connectFee)
          .thenComparingInt(RateEntry::initialIncrement)
          .thenComparingInt(RateEntry::subsequentIncrement);

  private DeckDiff() {}

  /**
   * The changes an import makes, ordered by prefix then effective_from.
   *
   * @param active the active entries, at most one per prefix
   * @param incoming the file's valid rows
   * @param mode Add or Replace
   * @param closeAt when prefixes missing from a Replace file stop applying (required for Replace,
   *     ignored for Add); usually {@link #fileEffectiveDate}
   */
  public static List<PrefixChange> diff(
      Collection<RateEntry> active,
      Collection<RateEntry> incoming,
      ImportMode mode,
      Instant closeAt) {
    Map<String, RateEntry> current = byPrefix(active);
    List<PrefixChange> changes = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    for (RateEntry row : incoming) {
      inFile.add(row.prefix());
      RateEntry before = current.get(row.prefix());
      changes.add(new PrefixChange(row.prefix(), flag(before, row), before, row));
    }
    if (mode == ImportMode.REPLACE) {
      Objects.requireNonNull(closeAt, "closeAt is required for a Replace import");
      for (RateEntry entry : current.values()) {
        if (!inFile.contains(entry.prefix())) {
          changes.add(
              new PrefixChange(entry.prefix(), ChangeFlag.CLOSED, entry, closed(entry, closeAt)));
        }
      }
    }
    changes.sort(
        Comparator.comparing(PrefixChange::prefix)
            .thenComparing(
                c -> c.after() == null ? c.before().effectiveFrom() : c.after().effectiveFrom()));
    return List.copyOf(changes);
  }

  /** The flag of {@code row} against the active entry {@code before} (null: none). */
  public static ChangeFlag flag(RateEntry before, RateEntry row) {
    if (before == null) {
      return ChangeFlag.NEW;
    }
    int order = PRICE.compare(row, before);
    return order > 0 ? ChangeFlag.INCREASE : order < 0 ? ChangeFlag.DECREASE : ChangeFlag.UNCHANGED;
  }

  /** The earliest effective_from of the file's rows: the usual closing date of a Replace. */
  public static Instant fileEffectiveDate(Collection<RateEntry> incoming) {
    return incoming.stream()
        .map(RateEntry::effectiveFrom)
        .min(Comparator.naturalOrder())
        .orElseThrow(() -> new IllegalArgumentException("the file has no rows"));
  }

  /** Number of changes per flag (every flag present). */
  public static Map<ChangeFlag, Long> counts(List<PrefixChange> changes) {
    Map<ChangeFlag, Long> counts = new EnumMap<>(ChangeFlag.class);
    for (ChangeFlag flag : ChangeFlag.values()) {
      counts.put(flag, 0L);
    }
    changes.forEach(c -> counts.merge(c.flag(), 1L, Long::sum));
    return counts;
  }

  private static RateEntry closed(RateEntry entry, Instant closeAt) {
    if (!closeAt.isAfter(entry.effectiveFrom())) {
      return null;
    }
    if (entry.effectiveTo() != null && !entry.effectiveTo().isAfter(closeAt)) {
      return entry;
    }
    return entry.withEffectiveTo(closeAt);
  }

  private static Map<String, RateEntry> byPrefix(Collection<RateEntry> active) {
    Map<String, RateEntry> map = new HashMap<>();
    for (RateEntry entry : active) {
      if (map.put(entry.prefix(), entry) != null) {
        throw new IllegalArgumentException(
            "the active deck has two entries for prefix " + entry.prefix());
      }
    }
    return map;
  }
}
