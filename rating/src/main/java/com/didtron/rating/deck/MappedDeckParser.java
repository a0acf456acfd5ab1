package com.didtron.rating.deck;

import com.didtron.rating.csv.CsvReader;
import com.didtron.rating.csv.CsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a supplier's deck file through a {@link ColumnMapping}: the file is rewritten into the
 * canonical CSV (mapped columns only, a combined {@code 30/6} column split in two) and parsed by
 * {@link DeckParser}, and every error is reported on the line of the <em>original</em> file. A
 * canonical mapping parses the file directly.
 */
public final class MappedDeckParser {
  private MappedDeckParser() {}

  /** Parses {@code in} (UTF-8 CSV with a header line) with {@code mapping}. */
  public static DeckParseResult parse(InputStream in, ColumnMapping mapping) throws IOException {
    if (mapping.isCanonical()) {
      return DeckParser.parse(in);
    }
    CsvReader reader = new CsvReader(in);
    if (!reader.next()) {
      return DeckParser.parse(InputStream.nullInputStream());
    }
    List<String> header = new ArrayList<>();
    for (int f = 0; f < reader.fieldCount(); f++) {
      header.add(reader.string(f));
    }
    List<String> problems = mapping.problems(header);
    if (!problems.isEmpty()) {
      return new DeckParseResult(
          List.of(), problems.stream().map(p -> new LineError(1, p)).toList(), false, 0);
    }
    Rewrite rewrite = new Rewrite(mapping, header);
    rewrite.copy(reader);
    ByteArrayOutputStream canonical = new ByteArrayOutputStream(rewrite.out.size());
    rewrite.out.drainTo(canonical);
    DeckParseResult parsed = DeckParser.parse(new ByteArrayInputStream(canonical.toByteArray()));
    List<LineError> errors = new ArrayList<>(rewrite.errors);
    for (LineError e : parsed.errors()) {
      errors.add(new LineError(rewrite.original(e.line()), e.reason()));
    }
    errors.sort(Comparator.comparingLong(LineError::line));
    return new DeckParseResult(
        parsed.entries(), errors, parsed.headerUsable(), parsed.dataRows() + rewrite.errors.size());
  }

  /** The canonical copy of the file and the map from its lines back to the original's. */
  private static final class Rewrite {
    private final int[] source = new int[DeckColumns.NAMES.size()];
    private final int increments;
    private final int fieldCount;
    private final CsvWriter out = new CsvWriter(1 << 20);
    private final List<LineError> errors = new ArrayList<>();
    private long[] lineOf = new long[1024];
    private int lines;

    Rewrite(ColumnMapping mapping, List<String> header) {
      List<String> names = header.stream().map(ColumnMapping::norm).toList();
      for (int c = 0; c < source.length; c++) {
        source[c] = mapping.position(DeckColumns.NAMES.get(c), names);
      }
      increments = mapping.position(ColumnMapping.INCREMENTS, names);
      fieldCount = header.size();
      writeHeader();
    }

    private void writeHeader() {
      StringBuilder h = new StringBuilder();
      for (int c = 0; c < source.length; c++) {
        if (source[c] >= 0 || isIncrement(c) && increments >= 0) {
          h.append(h.isEmpty() ? "" : ",").append(DeckColumns.NAMES.get(c));
        }
      }
      out.raw(h.toString().getBytes(StandardCharsets.US_ASCII)).newline();
      mark(1);
    }

    void copy(CsvReader reader) throws IOException {
      while (reader.next()) {
        if (reader.isBlank()) {
          out.newline();
          mark(reader.line());
        } else if (reader.fieldCount() != fieldCount) {
          errors.add(
              new LineError(
                  reader.line(),
                  "expected " + fieldCount + " fields, found " + reader.fieldCount()));
        } else {
          row(reader);
          mark(reader.line());
        }
      }
    }

    private void row(CsvReader r) {
      boolean first = true;
      for (int c = 0; c < source.length; c++) {
        if (isIncrement(c) && source[c] < 0 && increments >= 0) {
          first = comma(first);
          half(r, c == DeckColumns.INITIAL_INCREMENT);
        } else if (source[c] >= 0) {
          first = comma(first);
          out.field(oneLine(r, source[c]));
        }
      }
      out.newline();
    }

    /** One side of a combined {@code a/b} increments field; the whole text if it has no slash. */
    private void half(CsvReader r, boolean initial) {
      String text = r.string(increments);
      int slash = text.indexOf('/');
      if (slash < 0) {
        out.field(initial ? text : "");
      } else {
        out.field((initial ? text.substring(0, slash) : text.substring(slash + 1)).strip());
      }
    }

    private boolean comma(boolean first) {
      if (!first) {
        out.comma();
      }
      return false;
    }

    private static String oneLine(CsvReader r, int f) {
      return r.string(f).replace('\r', ' ').replace('\n', ' ');
    }

    private static boolean isIncrement(int c) {
      return c == DeckColumns.INITIAL_INCREMENT || c == DeckColumns.SUBSEQUENT_INCREMENT;
    }

    private void mark(long originalLine) {
      if (lines == lineOf.length) {
        lineOf = Arrays.copyOf(lineOf, lines * 2);
      }
      lineOf[lines++] = originalLine;
    }

    long original(long rewrittenLine) {
      int i = (int) rewrittenLine - 1;
      return i >= 0 && i < lines ? lineOf[i] : rewrittenLine;
    }
  }
}
