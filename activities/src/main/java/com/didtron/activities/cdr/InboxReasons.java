package com.didtron.activities.cdr;

import com.didtron.rating.cdr.CdrParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why an inbox file went to {@code failed/}, in words that never repeat the file's content: a
 * header problem names only our own columns, an exception only its kind (its message may quote the
 * file).
 */
final class InboxReasons {
  private InboxReasons() {}

  /** The header problems of a refused file, with the file's own column names left out. */
  static String header(List<String> problems) {
    return "the header line cannot be used: "
        + problems.stream()
            .map(InboxReasons::headerProblem)
            .distinct()
            .collect(Collectors.joining("; "))
        + " (expected "
        + String.join(",", CdrParser.COLUMNS)
        + ")";
  }

  private static String headerProblem(String p) {
    if (p.startsWith("missing column") || p.startsWith("the file is empty")) {
      return p;
    }
    if (p.startsWith("unknown column")) {
      return "an unknown column";
    }
    return p.contains("appears twice") ? "a column appears twice" : "an unusable header";
  }

  /** A file that could not be opened, read or parsed. */
  static String unreadable(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String kind = t.getClass().getSimpleName();
    return t instanceof IOException
        ? "the file could not be read (" + kind + ")"
        : "the file could not be parsed as CDRs (" + kind + ")";
  }
}
