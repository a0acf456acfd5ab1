package com.didtron.domain.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a carrier's invoice or CDR file with our supplier-rated usage: by day always; by
 * destination within a day when both sides name destinations; call by call when both sides have
 * call ids. Reports only differences beyond the tolerances (absolute minutes and amount).
 */
public final class Reconciler {
  private Reconciler() {}

  public static List<Difference> compare(
      List<UsageRow> theirs,
      List<UsageRow> ours,
      BigDecimal minuteTolerance,
      BigDecimal amountTolerance) {
    List<Difference> out = new ArrayList<>();
    out.addAll(
        level("DAY", theirs, ours, r -> r.day().toString(), minuteTolerance, amountTolerance));
    if (has(theirs, UsageRow::destination) && has(ours, UsageRow::destination)) {
      out.addAll(
          level(
              "DESTINATION",
              withDestination(theirs),
              withDestination(ours),
              r -> r.day() + "|" + r.destination(),
              minuteTolerance,
              amountTolerance));
    }
    if (has(theirs, UsageRow::callId) && has(ours, UsageRow::callId)) {
      out.addAll(
          level(
              "CALL",
              withCall(theirs),
              withCall(ours),
              UsageRow::callId,
              minuteTolerance,
              amountTolerance));
    }
    return out;
  }

  private static List<Difference> level(
      String level,
      List<UsageRow> theirs,
      List<UsageRow> ours,
      Function<UsageRow, String> key,
      BigDecimal minTol,
      BigDecimal amtTol) {
    Map<String, UsageRow> t = sum(theirs, key);
    Map<String, UsageRow> o = sum(ours, key);
    Set<String> keys = new TreeSet<>(t.keySet());
    keys.addAll(o.keySet());
    List<Difference> out = new ArrayList<>();
    for (String k : keys) {
      UsageRow a = t.get(k);
      UsageRow b = o.get(k);
      UsageRow any = a != null ? a : b;
      BigDecimal tm = a == null ? BigDecimal.ZERO : a.minutes();
      BigDecimal ta = a == null ? BigDecimal.ZERO : a.amount();
      BigDecimal om = b == null ? BigDecimal.ZERO : b.minutes();
      BigDecimal oa = b == null ? BigDecimal.ZERO : b.amount();
      if (tm.subtract(om).abs().compareTo(minTol) > 0
          || ta.subtract(oa).abs().compareTo(amtTol) > 0) {
        out.add(
            new Difference(
                level,
                any.day(),
                "DAY".equals(level) ? null : any.destination(),
                "CALL".equals(level) ? any.callId() : null,
                tm,
                ta,
                om,
                oa));
      }
    }
    return out;
  }

  private static Map<String, UsageRow> sum(List<UsageRow> rows, Function<UsageRow, String> key) {
    Map<String, UsageRow> sums = new TreeMap<>();
    for (UsageRow r : rows) {
      sums.merge(
          key.apply(r),
          r,
          (x, y) ->
              new UsageRow(
                  x.day(),
                  x.destination(),
                  x.callId(),
                  x.minutes().add(y.minutes()),
                  x.amount().add(y.amount())));
    }
    return sums;
  }

  private static boolean has(List<UsageRow> rows, Function<UsageRow, String> field) {
    return rows.stream().anyMatch(r -> field.apply(r) != null);
  }

  private static List<UsageRow> withDestination(List<UsageRow> rows) {
    return rows.stream().filter(r -> r.destination() != null).collect(Collectors.toList());
  }

  private static List<UsageRow> withCall(List<UsageRow> rows) {
    return rows.stream().filter(r -> r.callId() != null).collect(Collectors.toList());
  }

  /** The first and last day of a set of rows (the period a file covers). */
  public static LocalDate[] span(List<UsageRow> rows) {
    LocalDate first = rows.stream().map(UsageRow::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = rows.stream().map(UsageRow::day).max(LocalDate::compareTo).orElseThrow();
    return new LocalDate[] {first, last};
  }
}
