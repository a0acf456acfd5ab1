package com.didtron.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureBoundariesTest} sees the generated jOOQ classes a feature uses, not SQL written as
 * text. This reads the SQL in the sources of {@code activities} ({@code FROM}, {@code JOIN}, {@code
 * INTO}, {@code UPDATE}, {@code COPY} followed by a table) and holds it to the same {@link
 * TableOwnership}; the few known exceptions are named below with their reason.
 */
class RawSqlOwnershipTest {
  private static final Path SOURCES =
      Path.of("..", "activities", "src", "main", "java", "com", "didtron", "activities");
  private static final Pattern TABLE =
      Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|COPY)\\s+([a-z_]+)\\b");

  /**
   * File (feature/Class.java) → foreign tables its SQL text may name, each with its reason. Empty:
   * the usage and statement queries read other features' tables through their façades ({@code
   * LedgerQueries}, {@code BatchUsage}, {@code IssuedInvoices}, {@code CreditNoteNumbers}, {@code
   * NettingNumbers}).
   */
  static final Map<String, Set<String>> EXCEPTIONS = Map.of();

  @Test
  void sqlWrittenAsTextNamesOnlyTablesItsFeatureOwns() throws IOException {
    List<String> violations = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = SOURCES.relativize(f);
        if (rel.getNameCount() < 2) {
          continue;
        }
        String feature = rel.getName(0).toString();
        String file = rel.toString().replace('\\', '/');
        Matcher m = TABLE.matcher(Files.readString(f));
        while (m.find()) {
          String owner = TableOwnership.OWNER.get(m.group(1));
          if (owner == null || owner.equals(feature)) {
            continue;
          }
          if (EXCEPTIONS.getOrDefault(file, Set.of()).contains(m.group(1))) {
            used.add(file + " " + m.group(1));
          } else {
            violations.add(file + " names table " + m.group(1) + " owned by " + owner);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
    Set<String> listed = new TreeSet<>();
    EXCEPTIONS.forEach((file, tables) -> tables.forEach(t -> listed.add(file + " " + t)));
    assertThat(used).as("exceptions no longer needed are removed from the list").isEqualTo(listed);
  }
}
