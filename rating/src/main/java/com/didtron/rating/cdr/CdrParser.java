package com.didtron.rating.cdr;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvReader;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.Billing;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a CDR file ({@code call_id,account,carrier,caller,callee,start_time,duration}, any column
 * order) into {@link Cdr} records, chunk by chunk, with a line-numbered problem for every malformed
 * row (wrong field count, empty call_id, bad start_time, bad duration, a start time outside the
 * {@link CdrWindow} or a duration over its cap) and for empty rows between records. Not
 * thread-safe.
 */
public final class CdrParser {
  /** The CDR columns, all required. */
  public static final List<String> COLUMNS =
      List.of("call_id", "account", "carrier", "caller", "callee", "start_time", "duration");

  private static final int CALL_ID = 0;
  private static final int ACCOUNT = 1;
  private static final int CARRIER = 2;
  private static final int CALLER = 3;
  private static final int CALLEE = 4;
  private static final int START_TIME = 5;
  private static final int DURATION = 6;

  /** A duration longer than this is no number of seconds we take (no huge decimal is parsed). */
  private static final int MAX_DURATION_LENGTH = 32;

  /**
   * One readable CDR and the line it starts on.
   *
   * @param line 1-based physical line (header = 1)
   * @param cdr the record
   */
  public record Line(long line, Cdr cdr) {}

  private final CsvReader reader;
  private final CsvHeader header;
  private final CdrWindow window;
  private final long earliest;
  private final long latest;
  private final CsvInstants instants = new CsvInstants();
  private final List<Long> pendingEmpty = new ArrayList<>();
  private boolean done;
  private long at;
  private BigDecimal duration;

  private CdrParser(CsvReader reader, CsvHeader header, CdrWindow window) {
    this.reader = reader;
    this.header = header;
    this.window = window;
    this.earliest = EpochNanos.of(window.earliest());
    this.latest = EpochNanos.of(window.latest());
    this.done = header == null || !header.isUsable();
  }

  /** Reads the header of {@code in}, any start time and duration accepted (offline rating). */
  public static CdrParser open(InputStream in) throws IOException {
    return open(in, CdrWindow.UNBOUNDED);
  }

  /**
   * Reads the header of {@code in}; check {@link #headerProblems()} before reading rows. CDRs that
   * start outside {@code window} or last longer than it allows become line-numbered problems.
   */
  public static CdrParser open(InputStream in, CdrWindow window) throws IOException {
    CsvReader reader = new CsvReader(in);
    if (!reader.next()) {
      return new CdrParser(reader, null, window);
    }
    boolean[] required = new boolean[COLUMNS.size()];
    Arrays.fill(required, true);
    return new CdrParser(reader, CsvHeader.read(reader, COLUMNS, required), window);
  }

  /** What is wrong with the header (all line 1); empty when rows can be read. */
  public List<String> headerProblems() {
    if (header == null) {
      return List.of("the file is empty: expected a header line");
    }
    return header.problems();
  }

  /**
   * Reads up to {@code max} CDRs into {@code out} and their problems into {@code problems}.
   *
   * @return false when the file is exhausted (nothing more to read)
   */
  public boolean read(int max, List<Line> out, List<LineError> problems) throws IOException {
    int taken = 0;
    while (!done && taken < max) {
      if (!reader.next()) {
        done = true;
        break;
      }
      if (reader.isBlank()) {
        pendingEmpty.add(reader.line());
        continue;
      }
      pendingEmpty.forEach(l -> problems.add(new LineError(l, "empty row skipped")));
      pendingEmpty.clear();
      taken++;
      String problem = malformation();
      if (problem == null) {
        out.add(new Line(reader.line(), cdr()));
      } else {
        problems.add(new LineError(reader.line(), problem));
      }
    }
    return !done;
  }

  private String malformation() {
    if (reader.fieldCount() != header.fieldCount()) {
      return "expected " + header.fieldCount() + " fields, found " + reader.fieldCount();
    }
    if (reader.length(header.position(CALL_ID)) == 0) {
      return "call_id is empty";
    }
    at = startNanos();
    if (at == EpochNanos.INVALID) {
      return "start_time '"
          + shown(START_TIME)
          + "' is not an ISO-8601 instant like"
          + " 2026-11-01T10:00:00Z in the years 1678-2261";
    }
    if (at < earliest || at > latest) {
      return "start_time "
          + text(START_TIME)
          + " is outside the accepted window "
          + window.earliest()
          + " to "
          + window.latest();
    }
    long cap = Math.min(Billing.MAX_DURATION_SECONDS, window.maxDurationSeconds());
    duration = duration(cap);
    if (duration == null) {
      return "duration '" + shown(DURATION) + "' is not a number of seconds from 0 to " + cap;
    }
    return null;
  }

  private Cdr cdr() {
    return new Cdr(
        text(CALL_ID),
        text(ACCOUNT),
        text(CARRIER),
        text(CALLER),
        text(CALLEE),
        EpochNanos.toInstant(at),
        duration);
  }

  private long startNanos() {
    int f = header.position(START_TIME);
    return instants.parse(reader.bytes(), reader.start(f), reader.end(f));
  }

  private BigDecimal duration(long cap) {
    int f = header.position(DURATION);
    if (reader.length(f) > MAX_DURATION_LENGTH) {
      return null;
    }
    byte[] b = reader.bytes();
    if (CsvNumbers.parseCeilSeconds(b, reader.start(f), reader.end(f), cap) == CsvNumbers.INVALID) {
      return null;
    }
    return CsvNumbers.parseDecimal(b, reader.start(f), reader.end(f));
  }

  /** A field as a problem repeats it: at most 40 characters, so a reason never carries a file. */
  private String shown(int column) {
    String t = text(column);
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  private String text(int column) {
    return reader.string(header.position(column));
  }
}
