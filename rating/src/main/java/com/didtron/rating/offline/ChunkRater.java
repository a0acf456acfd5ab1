package com.didtron.rating.offline;

import static com.didtron.rating.offline.CdrColumns.ACCOUNT;
import static com.didtron.rating.offline.CdrColumns.CALLEE;
import static com.didtron.rating.offline.CdrColumns.CALL_ID;
import static com.didtron.rating.offline.CdrColumns.CARRIER;
import static com.didtron.rating.offline.CdrColumns.DURATION;
import static com.didtron.rating.offline.CdrColumns.START_TIME;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvReader;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.engine.Billing;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.UnratedReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates one chunk of CDR rows (a slice of the file cut at a record boundary) into output rows. The
 * same rules as {@link com.didtron.rating.engine.Rater}, on raw bytes, allocating only for
 * problems.
 */
final class ChunkRater {
  private final CsvHeader header;
  private final NameIndex sell;
  private final NameIndex buy;
  private final CsvInstants instants = new CsvInstants();
  private final LegWriter legs = new LegWriter();
  private long at;
  private long seconds;

  ChunkRater(CsvHeader header, NameIndex sell, NameIndex buy) {
    this.header = header;
    this.sell = sell;
    this.buy = buy;
  }

  ChunkResult rate(byte[] data, int off, int len) {
    CsvReader reader = new CsvReader(data, off, len, 1);
    CsvWriter out = new CsvWriter(len + len / 2);
    List<ChunkResult.LineMessage> messages = new ArrayList<>();
    List<Long> empty = new ArrayList<>();
    Tally tally = new Tally();
    boolean any = false;
    try {
      while (reader.next()) {
        if (reader.isBlank()) {
          empty.add(reader.line());
          continue;
        }
        for (long line : empty) {
          messages.add(new ChunkResult.LineMessage(line, "empty row skipped"));
          tally.emptyRowSkipped();
        }
        empty.clear();
        any = true;
        String problem = rateRow(reader, out, tally);
        if (problem != null) {
          messages.add(new ChunkResult.LineMessage(reader.line(), problem));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChunkResult(out, messages, List.copyOf(empty), any, reader.nextLine() - 1, tally);
  }

  /** Rates and writes one row; returns the problem when the row is malformed, else null. */
  private String rateRow(CsvReader r, CsvWriter out, Tally tally) {
    String problem = malformation(r);
    if (problem != null) {
      int id = header.position(CALL_ID);
      int s = id < r.fieldCount() ? r.start(id) : 0;
      int e = id < r.fieldCount() ? r.end(id) : 0;
      unrated(out.field(r.bytes(), s, e), UnratedReason.INVALID_RECORD, tally);
      return problem;
    }
    byte[] b = r.bytes();
    int id = header.position(CALL_ID);
    out.field(b, r.start(id), r.end(id));
    int callee = header.position(CALLEE);
    int digits = CalleeNumber.digitsStart(b, r.start(callee), r.end(callee));
    if (digits < 0) {
      unrated(out, UnratedReason.INVALID_NUMBER, tally);
      return null;
    }
    UnratedReason reason = rateLegs(r, digits, r.end(callee), out, tally);
    if (reason != null) {
      unrated(out, reason, tally);
    }
    return null;
  }

  private UnratedReason rateLegs(CsvReader r, int ds, int de, CsvWriter out, Tally tally) {
    byte[] b = r.bytes();
    int account = header.position(ACCOUNT);
    int carrier = header.position(CARRIER);
    CompiledDeck sellDeck = sell.get(b, r.start(account), r.end(account));
    CompiledDeck buyDeck = buy.get(b, r.start(carrier), r.end(carrier));
    long pair = CompiledDeck.findPair(sellDeck, buyDeck, b, ds, de, at);
    int sellEntry = CompiledDeck.firstOf(pair);
    if (sellEntry == CompiledDeck.NO_MATCH) {
      return UnratedReason.NO_CUSTOMER_RATE;
    }
    int buyEntry = CompiledDeck.secondOf(pair);
    if (buyEntry == CompiledDeck.NO_MATCH) {
      return UnratedReason.NO_CARRIER_RATE;
    }
    legs.write(out, b, ds, seconds, sellDeck, sellEntry, buyDeck, buyEntry, tally);
    return null;
  }

  /**
   * What makes the row unreadable (field count, call id, start time, duration), or null; on null
   * the row's start time and duration are left in {@code at} and {@code seconds}.
   */
  private String malformation(CsvReader r) {
    if (r.fieldCount() != header.fieldCount()) {
      return "expected " + header.fieldCount() + " fields, found " + r.fieldCount();
    }
    byte[] b = r.bytes();
    if (r.length(header.position(CALL_ID)) == 0) {
      return "call_id is empty";
    }
    int st = header.position(START_TIME);
    at = instants.parse(b, r.start(st), r.end(st));
    if (at == EpochNanos.INVALID) {
      return "start_time '"
          + r.string(st)
          + "' is not an ISO-8601 instant like"
          + " 2026-11-01T10:00:00Z in the years 1678-2261";
    }
    int du = header.position(DURATION);
    seconds = CsvNumbers.parseCeilSeconds(b, r.start(du), r.end(du), Billing.MAX_DURATION_SECONDS);
    if (seconds == CsvNumbers.INVALID) {
      return "duration '"
          + r.string(du)
          + "' is not a number of seconds from 0 to "
          + Billing.MAX_DURATION_SECONDS;
    }
    return null;
  }

  private static void unrated(CsvWriter out, UnratedReason reason, Tally tally) {
    out.raw(LegWriter.UNRATED_PREFIX).raw(LegWriter.reasonBytes(reason)).newline();
    tally.unrated(reason);
  }
}
