package com.didtron.rating.deck;

import static com.didtron.rating.deck.DeckColumns.CONNECT_FEE;
import static com.didtron.rating.deck.DeckColumns.DESTINATION;
import static com.didtron.rating.deck.DeckColumns.EFFECTIVE_FROM;
import static com.didtron.rating.deck.DeckColumns.EFFECTIVE_TO;
import static com.didtron.rating.deck.DeckColumns.INITIAL_INCREMENT;
import static com.didtron.rating.deck.DeckColumns.PREFIX;
import static com.didtron.rating.deck.DeckColumns.RATE;
import static com.didtron.rating.deck.DeckColumns.SUBSEQUENT_INCREMENT;

import com.didtron.domain.money.AmountParser;
import com.didtron.rating.EpochNanos;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Turns one data row of a deck CSV into a {@link RateEntry}, or says what is wrong with it. */
final class DeckRowParser {
  private final CsvHeader header;
  private final CsvInstants instants = new CsvInstants();
  private byte[] lastDestinationBytes = new byte[0];
  private String lastDestination = "";
  private long lastNanos = EpochNanos.INVALID;
  private Instant lastInstant;

  DeckRowParser(CsvHeader header) {
    this.header = header;
  }

  /** The row as an entry; throws {@link RowProblem} naming the first thing wrong with it. */
  RateEntry parse(CsvReader row) throws RowProblem {
    if (row.fieldCount() != header.fieldCount()) {
      throw new RowProblem(
          "expected " + header.fieldCount() + " fields, found " + row.fieldCount());
    }
    String prefix = prefix(row);
    BigDecimal rate = decimal(row, RATE, "rate", null);
    BigDecimal connectFee = decimal(row, CONNECT_FEE, "connect_fee", BigDecimal.ZERO);
    long initial = increment(row, INITIAL_INCREMENT, "initial_increment");
    long subsequent = increment(row, SUBSEQUENT_INCREMENT, "subsequent_increment");
    Instant from = instant(row, EFFECTIVE_FROM, "effective_from", true);
    Instant to = instant(row, EFFECTIVE_TO, "effective_to", false);
    String problem = RateEntry.problem(prefix, rate, connectFee, initial, subsequent, from, to);
    if (problem != null) {
      throw new RowProblem(problem);
    }
    return new RateEntry(
        prefix, destination(row), rate, connectFee, (int) initial, (int) subsequent, from, to);
  }

  private String prefix(CsvReader row) throws RowProblem {
    int f = header.position(PREFIX);
    byte[] b = row.bytes();
    if (row.length(f) == 0) {
      throw new RowProblem("prefix is empty");
    }
    for (int i = row.start(f); i < row.end(f); i++) {
      if (b[i] < '0' || b[i] > '9') {
        throw new RowProblem("prefix '" + row.string(f) + "' must contain digits only");
      }
    }
    return new String(b, row.start(f), row.length(f), StandardCharsets.US_ASCII);
  }

  private BigDecimal decimal(CsvReader row, int column, String name, BigDecimal whenEmpty)
      throws RowProblem {
    int f = header.position(column);
    if (f < 0 || row.length(f) == 0) {
      if (whenEmpty == null) {
        throw new RowProblem(name + " is empty");
      }
      return whenEmpty;
    }
    if (row.length(f) > AmountParser.MAX_LENGTH) {
      throw new RowProblem(name + " has more than " + AmountParser.MAX_LENGTH + " characters");
    }
    BigDecimal value = CsvNumbers.parseDecimal(row.bytes(), row.start(f), row.end(f));
    if (value == null) {
      throw new RowProblem(name + " '" + row.string(f) + "' is not a number");
    }
    // the shared bounds of every amount: an exponent like 1e999999999 never reaches arithmetic
    Optional<String> bounds = AmountParser.problem(value);
    if (bounds.isPresent()) {
      throw new RowProblem(name + ": " + bounds.get());
    }
    return value;
  }

  private long increment(CsvReader row, int column, String name) throws RowProblem {
    int f = header.position(column);
    long value = CsvNumbers.parseWhole(row.bytes(), row.start(f), row.end(f), 1, Integer.MAX_VALUE);
    if (value == Long.MIN_VALUE) {
      throw new RowProblem(
          name + " '" + row.string(f) + "' must be a whole number of seconds, at least 1");
    }
    return value;
  }

  private Instant instant(CsvReader row, int column, String name, boolean required)
      throws RowProblem {
    int f = header.position(column);
    if (f < 0 || row.length(f) == 0) {
      if (required) {
        throw new RowProblem(name + " is empty");
      }
      return null;
    }
    long nanos = instants.parse(row.bytes(), row.start(f), row.end(f));
    if (nanos == EpochNanos.INVALID) {
      throw new RowProblem(
          name
              + " '"
              + row.string(f)
              + "' is not a date like 2026-11-01 or an instant like 2026-11-01T00:00:00Z"
              + " in the years 1678-2261");
    }
    if (nanos != lastNanos) {
      lastNanos = nanos;
      lastInstant = EpochNanos.toInstant(nanos);
    }
    return lastInstant;
  }

  /** Decodes the destination, reusing the previous string when the bytes repeat. */
  private String destination(CsvReader row) {
    int f = header.position(DESTINATION);
    int s = row.start(f);
    int e = row.end(f);
    if (!Arrays.equals(row.bytes(), s, e, lastDestinationBytes, 0, lastDestinationBytes.length)) {
      lastDestinationBytes = Arrays.copyOfRange(row.bytes(), s, e);
      lastDestination = new String(lastDestinationBytes, StandardCharsets.UTF_8);
    }
    return lastDestination;
  }

  /** A row-level problem; cheap to throw (no stack trace), caught by the parser. */
  static final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String reason) {
      super(reason, null, false, false);
    }
  }
}
