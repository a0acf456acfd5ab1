package com.didtron.rating.offline;

import static com.didtron.rating.offline.CdrColumns.ACCOUNT;
import static com.didtron.rating.offline.CdrColumns.CALLEE;
import static com.didtron.rating.offline.CdrColumns.CALL_ID;
import static com.didtron.rating.offline.CdrColumns.CARRIER;
import static com.didtron.rating.offline.CdrColumns.DURATION;
import static com.didtron.rating.offline.CdrColumns.START_TIME;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.csv.CsvBlockReader;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.csv.SafeCsvOutputStream;
import com.didtron.rating.engine.Billing;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.DeckUnion;
import com.didtron.rating.engine.LookupBatch;
import com.didtron.rating.engine.PairBatch;
import com.didtron.rating.engine.UnionBatch;
import com.didtron.rating.engine.UnratedReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final LookupBatch batch;
  private static final int RATE = 0;
  private static final int INVALID_RECORD = 1;
  private static final int INVALID_NUMBER = 2;
  private final int[] kind = new int[PairBatch.SIZE];
  private final int[] idStart = new int[PairBatch.SIZE];
  private final int[] idEnd = new int[PairBatch.SIZE];
  private final int[] lookup = new int[PairBatch.SIZE];
  private final long[] secondsOf = new long[PairBatch.SIZE];
  private final CompiledDeck[] sells = new CompiledDeck[PairBatch.SIZE];
  private final CompiledDeck[] buys = new CompiledDeck[PairBatch.SIZE];
  private byte[] store = new byte[64 * PairBatch.SIZE];
  private int pending;
  private int kept;
  private long at;
  private long seconds;

  /** A rater looking up in {@code union} (one walk per call), or deck by deck when it is null. */
  ChunkRater(CsvHeader header, NameIndex sell, NameIndex buy, DeckUnion union) {
    this.header = header;
    this.sell = sell;
    this.buy = buy;
    this.batch = union != null ? new UnionBatch(union) : new PairBatch();
  }

  ChunkResult rate(byte[] data, int off, int len, CsvWriter out) {
    CsvBlockReader reader = new CsvBlockReader(data, off, len, 1);
    List<ChunkResult.LineMessage> messages = new ArrayList<>();
    List<Long> empty = new ArrayList<>();
    Tally tally = new Tally();
    boolean any = false;
    pending = 0;
    kept = 0;
    batch.clear();
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
        String problem = prepare(reader);
        if (problem != null) {
          messages.add(new ChunkResult.LineMessage(reader.line(), problem));
        }
        if (pending == PairBatch.SIZE || batch.isFull()) {
          flush(out, tally);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    flush(out, tally);
    return new ChunkResult(out, messages, List.copyOf(empty), any, reader.nextLine() - 1, tally);
  }

  /**
   * Reads one row into the batch (its call id and dialled digits are copied, the reader reuses its
   * buffer); returns the problem when the row is malformed, else null.
   */
  private String prepare(CsvBlockReader r) {
    int slot = pending++;
    byte[] b = r.bytes();
    int id = header.position(CALL_ID);
    String problem = malformation(r);
    if (problem != null) {
      int s = id < r.fieldCount() ? r.start(id) : 0;
      int e = id < r.fieldCount() ? r.end(id) : 0;
      idStart[slot] = keep(b, s, e);
      idEnd[slot] = kept;
      kind[slot] = INVALID_RECORD;
      return problem;
    }
    idStart[slot] = keep(b, r.start(id), r.end(id));
    idEnd[slot] = kept;
    int callee = header.position(CALLEE);
    int digits = CalleeNumber.digitsStart(b, r.start(callee), r.end(callee));
    if (digits < 0) {
      kind[slot] = INVALID_NUMBER;
      return null;
    }
    int ds = keep(b, digits, r.end(callee));
    int account = header.position(ACCOUNT);
    int carrier = header.position(CARRIER);
    CompiledDeck sellDeck = sell.get(b, r.start(account), r.end(account));
    CompiledDeck buyDeck = buy.get(b, r.start(carrier), r.end(carrier));
    kind[slot] = RATE;
    sells[slot] = sellDeck;
    buys[slot] = buyDeck;
    secondsOf[slot] = seconds;
    lookup[slot] = batch.add(sellDeck, buyDeck, ds, kept, at);
    return null;
  }

  /** Copies {@code b[s, e)} into the batch's byte store; returns where it starts there. */
  private int keep(byte[] b, int s, int e) {
    int n = e - s;
    if (kept + n > store.length) {
      store = Arrays.copyOf(store, Math.max(2 * store.length, kept + n));
    }
    System.arraycopy(b, s, store, kept, n);
    int at = kept;
    kept += n;
    return at;
  }

  /** Looks up the batch's calls together and writes their rows in input order. */
  private void flush(CsvWriter out, Tally tally) {
    batch.run(store);
    for (int k = 0; k < pending; k++) {
      callId(out, store, idStart[k], idEnd[k]);
      if (kind[k] == INVALID_RECORD) {
        unrated(out, UnratedReason.INVALID_RECORD, tally);
      } else if (kind[k] == INVALID_NUMBER) {
        unrated(out, UnratedReason.INVALID_NUMBER, tally);
      } else {
        long pair = batch.result(lookup[k]);
        int sellEntry = CompiledDeck.firstOf(pair);
        int buyEntry = CompiledDeck.secondOf(pair);
        if (sellEntry == CompiledDeck.NO_MATCH) {
          unrated(out, UnratedReason.NO_CUSTOMER_RATE, tally);
        } else if (buyEntry == CompiledDeck.NO_MATCH) {
          unrated(out, UnratedReason.NO_CARRIER_RATE, tally);
        } else {
          int ds = idEnd[k];
          legs.write(out, store, ds, secondsOf[k], sells[k], sellEntry, buys[k], buyEntry, tally);
        }
      }
      sells[k] = null;
      buys[k] = null;
    }
    pending = 0;
    kept = 0;
    batch.clear();
  }

  /**
   * What makes the row unreadable (field count, call id, start time, duration), or null; on null
   * the row's start time and duration are left in {@code at} and {@code seconds}.
   */
  private String malformation(CsvBlockReader r) {
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

  /**
   * Writes the call id, the one cell of a rated file that comes from the input, neutralised against
   * spreadsheet formulas exactly as {@link SafeCsvOutputStream} would (the rest of a row is digits,
   * plain numbers and constants), so the file is written without a second pass over its bytes.
   */
  static void callId(CsvWriter out, byte[] b, int s, int e) {
    int start = out.size();
    out.field(b, s, e);
    int end = out.size();
    if (end == start) {
      return;
    }
    byte first = out.byteAt(start);
    boolean trigger =
        SafeCsvOutputStream.isTrigger(first)
            || first == '"'
                && end > start + 1
                && SafeCsvOutputStream.isTrigger(out.byteAt(start + 1));
    if (!trigger) {
      return;
    }
    ByteArrayOutputStream cell = new ByteArrayOutputStream();
    try (SafeCsvOutputStream safe = new SafeCsvOutputStream(cell)) {
      safe.write(out.buffer(), start, end - start);
      safe.write(',');
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    byte[] safe = cell.toByteArray();
    out.truncate(start);
    out.raw(safe, 0, safe.length - 1);
  }

  private static void unrated(CsvWriter out, UnratedReason reason, Tally tally) {
    out.raw(LegWriter.UNRATED_PREFIX).raw(LegWriter.reasonBytes(reason)).newline();
    tally.unrated(reason);
  }
}
