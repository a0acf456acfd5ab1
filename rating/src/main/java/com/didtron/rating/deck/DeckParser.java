package com.didtron.rating.deck;

import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a deck in the canonical CSV format and returns its valid rows plus line-numbered errors.
 *
 * <p>Header (any order, case-insensitive): {@code prefix, destination, rate, connect_fee,
 * initial_increment, subsequent_increment, effective_from, effective_to}; {@code connect_fee} and
 * {@code effective_to} may be omitted. A wrong header stops the import (errors on line 1). A bad
 * row is reported with its line number and skipped; the rows around it are kept. Empty rows in the
 * middle of the file are errors, trailing empty lines are ignored. A second row with the same
 * prefix and effective_from as an earlier one is an error naming the earlier line.
 */
public final class DeckParser {
  private DeckParser() {}

  /** Parses the deck file at {@code path}. */
  public static DeckParseResult parse(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in);
    }
  }

  /** Parses a deck from a UTF-8 stream; the stream is read to its end but not closed. */
  public static DeckParseResult parse(InputStream in) throws IOException {
    CsvReader reader = new CsvReader(in);
    if (!reader.next()) {
      return new DeckParseResult(
          List.of(),
          List.of(new LineError(1, "the file is empty: expected a header line")),
          false,
          0);
    }
    CsvHeader header = CsvHeader.read(reader, DeckColumns.NAMES, DeckColumns.required());
    if (!header.isUsable()) {
      List<LineError> errors = header.problems().stream().map(p -> new LineError(1, p)).toList();
      return new DeckParseResult(List.of(), errors, false, 0);
    }
    return new Rows(header).readAll(reader);
  }

  /** The state of one parse: rows, errors, duplicates and pending empty rows. */
  private static final class Rows {
    private final DeckRowParser parser;
    private final List<RateEntry> entries = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private final List<Long> pendingEmpty = new ArrayList<>();

    /**
     * The rows kept so far by (prefix, effective_from), to find duplicates without an object per
     * row: an open-addressing table of indexes into {@link #entries} (plus one; 0 is a free slot),
     * at most half full, and the line of each kept row.
     */
    private int[] slots = new int[1 << 10];

    private long[] lines = new long[1 << 10];
    private long rows;

    Rows(CsvHeader header) {
      this.parser = new DeckRowParser(header);
    }

    DeckParseResult readAll(CsvReader reader) throws IOException {
      while (reader.next()) {
        if (reader.isBlank()) {
          pendingEmpty.add(reader.line());
          continue;
        }
        flushEmpty();
        rows++;
        read(reader);
      }
      return new DeckParseResult(entries, errors, true, rows);
    }

    private void read(CsvReader reader) {
      try {
        RateEntry entry = parser.parse(reader);
        long earlier = keep(entry, reader.line());
        if (earlier >= 0) {
          errors.add(
              new LineError(
                  reader.line(),
                  "duplicate of line "
                      + earlier
                      + ": prefix "
                      + entry.prefix()
                      + " effective_from "
                      + entry.effectiveFrom()));
        }
      } catch (DeckRowParser.RowProblem problem) {
        errors.add(new LineError(reader.line(), problem.getMessage()));
      }
    }

    /**
     * Keeps {@code entry} (read on {@code line}) unless a kept row has its prefix and
     * effective_from; answers that row's line, or -1 when {@code entry} was kept.
     */
    private long keep(RateEntry entry, long line) {
      int mask = slots.length - 1;
      int at = hash(entry) & mask;
      for (int slot = slots[at]; slot != 0; slot = slots[at]) {
        RateEntry kept = entries.get(slot - 1);
        if (kept.prefix().equals(entry.prefix())
            && kept.effectiveFrom().equals(entry.effectiveFrom())) {
          return lines[slot - 1];
        }
        at = (at + 1) & mask;
      }
      int index = entries.size();
      entries.add(entry);
      if (index == lines.length) {
        lines = Arrays.copyOf(lines, index * 2);
      }
      lines[index] = line;
      slots[at] = index + 1;
      if (2 * entries.size() > slots.length) {
        grow();
      }
      return -1;
    }

    private void grow() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int index = 0; index < entries.size(); index++) {
        int at = hash(entries.get(index)) & mask;
        while (slots[at] != 0) {
          at = (at + 1) & mask;
        }
        slots[at] = index + 1;
      }
    }

    private static int hash(RateEntry e) {
      int h = e.prefix().hashCode() * 31 + e.effectiveFrom().hashCode();
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** Empty rows followed by data are errors; trailing ones never reach this. */
    private void flushEmpty() {
      for (long line : pendingEmpty) {
        rows++;
        errors.add(new LineError(line, "empty row"));
      }
      pendingEmpty.clear();
    }
  }
}
