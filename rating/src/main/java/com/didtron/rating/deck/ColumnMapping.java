package com.didtron.rating.deck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a supplier's file holds each canonical deck column, saved per carrier so the next
 * file from the same supplier imports without questions.
 *
 * <p>Keys are canonical column names ({@code prefix, destination, rate, connect_fee,
 * initial_increment, subsequent_increment, effective_from, effective_to}) or {@value #INCREMENTS}
 * for one combined column such as {@code 30/6}; values are the file's header names (matched
 * case-insensitively). Canonical columns not mapped are looked up under their own name; file
 * columns not mapped are ignored.
 *
 * @param fileColumns canonical column (or {@value #INCREMENTS}) to file header name
 */
public record ColumnMapping(Map<String, String> fileColumns) {
  /** Key of a combined increments column holding {@code initial/subsequent}, e.g. {@code 60/6}. */
  public static final String INCREMENTS = "increments";

  /** The columns a mapping may name, canonical first, then {@value #INCREMENTS}. */
  public static final List<String> TARGETS = targets();

  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "prefix",
          List.of("code", "dial code", "dialcode", "dial_code", "prefix code"),
          "destination",
          List.of("country", "description", "name", "destination name", "zone"),
          "rate",
          List.of("price", "rate per minute", "rate/min", "per minute", "cost"),
          "connect_fee",
          List.of("connection fee", "connect fee", "setup fee", "connection charge"),
          "effective_from",
          List.of("effective date", "effective", "start date", "valid from"),
          "effective_to",
          List.of("end date", "valid to", "expiry", "expires"),
          INCREMENTS,
          List.of("billing", "increment", "billing increment", "interval"));

  /** Normalises names (trimmed, lower case) and drops empty choices. */
  public ColumnMapping {
    Map<String, String> clean = new LinkedHashMap<>();
    fileColumns.forEach(
        (target, file) -> {
          if (file != null && !file.isBlank()) {
            clean.put(norm(target), file.strip());
          }
        });
    fileColumns = Map.copyOf(clean);
  }

  /** No mapping: the file must carry the canonical header. */
  public static ColumnMapping canonical() {
    return new ColumnMapping(Map.of());
  }

  /** True when the file is read by its own (canonical) header. */
  public boolean isCanonical() {
    return fileColumns.isEmpty();
  }

  /**
   * A first guess for a file's header: canonical names map to themselves, common supplier names
   * (Code, Price, Billing, Effective date, ...) to their canonical column.
   */
  public static ColumnMapping suggest(List<String> header) {
    Map<String, String> guess = new LinkedHashMap<>();
    for (String name : header) {
      String n = norm(name);
      for (String target : TARGETS) {
        if (!guess.containsKey(target)
            && (n.equals(target) || SYNONYMS.getOrDefault(target, List.of()).contains(n))) {
          guess.put(target, name);
          break;
        }
      }
    }
    if (guess.containsKey(INCREMENTS)
        && (guess.containsKey("initial_increment") || guess.containsKey("subsequent_increment"))) {
      guess.remove(INCREMENTS);
    }
    return new ColumnMapping(guess);
  }

  /** What keeps this mapping from reading a file with {@code header}; empty when usable. */
  public List<String> problems(List<String> header) {
    List<String> problems = new ArrayList<>();
    List<String> names = header.stream().map(ColumnMapping::norm).toList();
    fileColumns.forEach(
        (target, file) -> {
          if (!TARGETS.contains(target)) {
            problems.add("unknown target column '" + target + "'");
          } else if (!names.contains(norm(file))) {
            problems.add("the file has no column '" + file + "' (mapped to " + target + ")");
          }
        });
    boolean combined = fileColumns.containsKey(INCREMENTS);
    for (String required : List.of("prefix", "destination", "rate", "effective_from")) {
      if (position(required, names) < 0) {
        problems.add("no column for " + required);
      }
    }
    for (String inc : List.of("initial_increment", "subsequent_increment")) {
      if (!combined && position(inc, names) < 0) {
        problems.add("no column for " + inc + " (or a combined increments column like 60/6)");
      }
    }
    return problems;
  }

  /** Position in the file of {@code target}: its mapped column, else its own name; -1 if none. */
  int position(String target, List<String> normalisedHeader) {
    String file = fileColumns.get(target);
    return normalisedHeader.indexOf(file != null ? norm(file) : target);
  }

  /**
   * This mapping, or {@link #canonical()} when it changes nothing for a file with {@code header}
   * (every column is a canonical one under its own name): such files are parsed directly.
   */
  public ColumnMapping simplifiedFor(List<String> header) {
    boolean identity =
        fileColumns.entrySet().stream()
            .allMatch(e -> !e.getKey().equals(INCREMENTS) && norm(e.getValue()).equals(e.getKey()));
    boolean allCanonical = header.stream().allMatch(h -> DeckColumns.NAMES.contains(norm(h)));
    return identity && allCanonical ? canonical() : this;
  }

  /** The saved form: target to file column. */
  public Map<String, String> asMap() {
    return fileColumns;
  }

  static String norm(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> targets() {
    List<String> t = new ArrayList<>(DeckColumns.NAMES);
    t.add(INCREMENTS);
    return List.copyOf(t);
  }
}
