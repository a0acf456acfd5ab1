package com.didtron.rating.deck;

import static com.didtron.rating.deck.DeckColumns.CONNECT_FEE;
import static com.didtron.rating.deck.DeckColumns.DESTINATION;
import static com.didtron.rating.deck.DeckColumns.EFFECTIVE_FROM;
import static com.didtron.rating.deck.DeckColumns.EFFECTIVE_TO;
import static com.didtron.rating.deck.DeckColumns.INITIAL_INCREMENT;
import static com.didtron.rating.deck.DeckColumns.PREFIX;
import static com.didtron.rating.deck.DeckColumns.RATE;
import static com.didtron.rating.deck.DeckColumns.SUBSEQUENT_INCREMENT;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvInstants;
import com.didtron.rating.csv.CsvNumbers;
import com.didtron.rating.csv.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads a clean canonical deck file into {@link PackedRows} at byte level, in parallel chunks, with
 * no object per row. It takes only the common, unambiguous shape: unquoted fields, LF or CRLF line
 * ends, plain decimals with at most 6 decimals, trailing empty lines only. For anything else (a
 * quote, a bad or duplicate row, an empty row between rows, a rate with more decimals, a sign) it
 * answers null and the caller parses the file with {@link DeckParser}, which accepts the same
 * files, reports every error with its line number and gives the same rows. So the answer for a file
 * is always what {@link DeckParser} would give, only faster.
 */
public final class FastDeckReader {
  private static final int MAX_INTEGER_DIGITS = 12;
  private static final int MAX_DECIMALS = 6;
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  private static final int SAMPLE_LINES = 256;

  private FastDeckReader() {}

  /**
   * Reads {@code data} (a whole deck file) on {@code pool} in up to {@code parts} chunks; the
   * future gives null when the file needs the careful parser.
   */
  public static CompletableFuture<PackedRows> read(byte[] data, Executor pool, int parts) {
    Plan plan = plan(data, parts);
    if (plan == null) {
      return CompletableFuture.completedFuture(null);
    }
    int[] regions = regions(data, plan.cuts);
    Columns shared = new Columns(regions[regions.length - 1]);
    @SuppressWarnings("unchecked")
    CompletableFuture<Chunk>[] chunks = new CompletableFuture[plan.cuts.length - 1];
    for (int k = 0; k < chunks.length; k++) {
      int s = plan.cuts[k];
      int e = plan.cuts[k + 1];
      Chunk chunk = new Chunk(shared, regions[k], regions[k + 1]);
      chunks[k] = CompletableFuture.supplyAsync(() -> parse(data, s, e, plan.header, chunk), pool);
    }
    return CompletableFuture.allOf(chunks).thenApply(done -> merge(data, shared, chunks));
  }

  /**
   * Where each chunk's rows go in the shared columns: room for its bytes at the sampled average
   * line length plus an eighth (a chunk that needs more moves to columns of its own), so the
   * columns are written once and not copied into a merged set.
   */
  private static int[] regions(byte[] data, int[] cuts) {
    int body = cuts[0];
    int lines = 0;
    int at = body;
    while (at < data.length && lines < SAMPLE_LINES) {
      if (data[at++] == '\n') {
        lines++;
      }
    }
    double perLine = lines == 0 ? 40 : Math.max(8, (double) (at - body) / lines);
    int[] regions = new int[cuts.length];
    for (int k = 0; k + 1 < cuts.length; k++) {
      long rows = (long) ((cuts[k + 1] - cuts[k]) / perLine * 1.125) + 16;
      regions[k + 1] = (int) Math.min(Integer.MAX_VALUE - 16, regions[k] + rows);
    }
    return regions;
  }

  /** Reads {@code data} on the calling thread; null when the file needs the careful parser. */
  public static PackedRows read(byte[] data) {
    return read(data, Runnable::run, 1).join();
  }

  private record Plan(CsvHeader header, int[] cuts) {}

  /** Reads the header and cuts the rows into chunks at line ends; null when unusable. */
  private static Plan plan(byte[] data, int parts) {
    int start = CsvReader.skipBom(data, 0, data.length);
    CsvReader reader = new CsvReader(data, start, data.length - start, 1);
    CsvHeader header;
    try {
      if (!reader.next()) {
        return null;
      }
      header = CsvHeader.read(reader, DeckColumns.NAMES, DeckColumns.required());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!header.isUsable() || reader.line() != 1 || reader.nextLine() != 2) {
      return null;
    }
    int body = reader.position();
    int n = Math.max(1, parts);
    int[] cuts = new int[n + 1];
    cuts[0] = body;
    int k = 1;
    for (int i = 1; i < n; i++) {
      int at = body + (int) ((long) (data.length - body) * i / n);
      while (at < data.length && data[at - 1] != '\n') {
        at++;
      }
      if (at > cuts[k - 1] && at < data.length) {
        cuts[k++] = at;
      }
    }
    cuts[k++] = data.length;
    return new Plan(header, Arrays.copyOf(cuts, k));
  }

  /** Rows column by column. */
  private static final class Columns {
    final int[] prefixStart;
    final byte[] prefixLength;
    final long[] rate;
    final long[] connect;
    final long[] increments;
    final long[] from;
    final long[] to;
    final String[] destination;

    Columns(int capacity) {
      prefixStart = new int[capacity];
      prefixLength = new byte[capacity];
      rate = new long[capacity];
      connect = new long[capacity];
      increments = new long[capacity];
      from = new long[capacity];
      to = new long[capacity];
      destination = new String[capacity];
    }

    int capacity() {
      return prefixStart.length;
    }

    /** Copies rows {@code [from, from + n)} of {@code src} to {@code at} here (may overlap). */
    void copy(Columns src, int from, int at, int n) {
      System.arraycopy(src.prefixStart, from, prefixStart, at, n);
      System.arraycopy(src.prefixLength, from, prefixLength, at, n);
      System.arraycopy(src.rate, from, rate, at, n);
      System.arraycopy(src.connect, from, connect, at, n);
      System.arraycopy(src.increments, from, increments, at, n);
      System.arraycopy(src.from, from, this.from, at, n);
      System.arraycopy(src.to, from, to, at, n);
      System.arraycopy(src.destination, from, destination, at, n);
    }
  }

  /**
   * The rows of one chunk, in its region {@code [start, end)} of the file's shared columns until
   * they outgrow it (then in columns of its own), or a bail-out.
   */
  private static final class Chunk {
    Columns columns;
    int start;
    int end;
    int size;
    boolean bail;

    Chunk(Columns columns, int start, int end) {
      this.columns = columns;
      this.start = start;
      this.end = end;
    }

    /** Where the next row goes. */
    int next() {
      if (start + size == end) {
        Columns own = new Columns(Math.max(16, 2 * size));
        own.copy(columns, start, 0, size);
        columns = own;
        start = 0;
        end = own.capacity();
      }
      return start + size;
    }

    static Chunk bailed() {
      Chunk c = new Chunk(null, 0, 0);
      c.bail = true;
      return c;
    }
  }

  private static Chunk parse(byte[] data, int s, int e, CsvHeader header, Chunk out) {
    return new ChunkParser(data, header).parse(s, e, out);
  }

  /** Parses the lines of one chunk; not thread-safe (one per chunk). */
  private static final class ChunkParser {
    private final byte[] b;
    private final int fields;
    private final int[] fs;
    private final int[] fe;
    private final int pPrefix;
    private final int pDestination;
    private final int pRate;
    private final int pConnect;
    private final int pInitial;
    private final int pSubsequent;
    private final int pFrom;
    private final int pTo;
    private final CsvInstants instants = new CsvInstants();
    private final Names names = new Names();

    ChunkParser(byte[] data, CsvHeader header) {
      this.b = data;
      this.fields = header.fieldCount();
      this.fs = new int[fields];
      this.fe = new int[fields];
      pPrefix = header.position(PREFIX);
      pDestination = header.position(DESTINATION);
      pRate = header.position(RATE);
      pConnect = header.position(CONNECT_FEE);
      pInitial = header.position(INITIAL_INCREMENT);
      pSubsequent = header.position(SUBSEQUENT_INCREMENT);
      pFrom = header.position(EFFECTIVE_FROM);
      pTo = header.position(EFFECTIVE_TO);
    }

    Chunk parse(int s, int e, Chunk out) {
      int p = s;
      while (p < e) {
        int lineStart = p;
        int f = 0;
        int fieldStart = p;
        while (true) {
          if (p == e) {
            f = field(f, fieldStart, p);
            break;
          }
          byte c = b[p];
          if (c > ',') {
            // digits, letters, '.', '-': every byte the loop must stop at sorts at or below ','
            p++;
            continue;
          }
          if (c == ',') {
            f = field(f, fieldStart, p);
            fieldStart = ++p;
          } else if (c == '\n') {
            f = field(f, fieldStart, p);
            p++;
            break;
          } else if (c == '\r') {
            if (p + 1 >= b.length || b[p + 1] != '\n') {
              return Chunk.bailed();
            }
            f = field(f, fieldStart, p);
            p += 2;
            break;
          } else if (c == '"') {
            return Chunk.bailed();
          } else {
            p++;
          }
        }
        if (isBlank(f)) {
          // only trailing empty rows are fine; anything after them is the careful parser's job
          return restIsBlank(lineStart) ? out : Chunk.bailed();
        }
        if (f != fields || !row(out)) {
          return Chunk.bailed();
        }
      }
      return out;
    }

    /**
     * Whether the line just split into {@code f} fields holds nothing but separators, spaces and
     * tabs (every field empty once trimmed); a line with more fields than the header counts as not
     * blank (the careful parser then has it). Checked once per line, not per byte.
     */
    private boolean isBlank(int f) {
      if (f > fields) {
        return false;
      }
      for (int k = 0; k < f; k++) {
        if (fs[k] != fe[k]) {
          return false;
        }
      }
      return true;
    }

    /** Records field {@code f} (trimmed of spaces and tabs); returns the next field number. */
    private int field(int f, int s, int e) {
      if (f < fields) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
          s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
          e--;
        }
        fs[f] = s;
        fe[f] = e;
      }
      return f + 1;
    }

    private boolean restIsBlank(int from) {
      for (int i = from; i < b.length; i++) {
        byte c = b[i];
        if (c != ',' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          return false;
        }
      }
      return true;
    }

    /** Parses the current line's fields into {@code out}; false when the line needs care. */
    private boolean row(Chunk out) {
      int ps = fs[pPrefix];
      int pl = fe[pPrefix] - ps;
      if (pl < 1 || pl > RateEntry.MAX_PREFIX_DIGITS) {
        return false;
      }
      for (int i = ps; i < ps + pl; i++) {
        if (b[i] < '0' || b[i] > '9') {
          return false;
        }
      }
      long rate = micros(fs[pRate], fe[pRate]);
      if (rate < 0 || fs[pRate] == fe[pRate]) {
        return false;
      }
      long connect = pConnect < 0 ? 0 : micros(fs[pConnect], fe[pConnect]);
      long initial = CsvNumbers.parseWhole(b, fs[pInitial], fe[pInitial], 1, Integer.MAX_VALUE);
      long subsequent =
          CsvNumbers.parseWhole(b, fs[pSubsequent], fe[pSubsequent], 1, Integer.MAX_VALUE);
      if (connect < 0 || initial == Long.MIN_VALUE || subsequent == Long.MIN_VALUE) {
        return false;
      }
      if (fs[pFrom] == fe[pFrom]) {
        return false;
      }
      long from = instants.parseDate(b, fs[pFrom], fe[pFrom]);
      long to = EpochNanos.OPEN_END;
      if (pTo >= 0 && fs[pTo] < fe[pTo]) {
        to = instants.parseDate(b, fs[pTo], fe[pTo]);
        if (to == EpochNanos.INVALID || to <= from) {
          return false;
        }
      }
      if (from == EpochNanos.INVALID) {
        return false;
      }
      int i = out.next();
      Columns c = out.columns;
      c.prefixStart[i] = ps;
      c.prefixLength[i] = (byte) pl;
      c.rate[i] = rate;
      c.connect[i] = connect;
      c.increments[i] = (initial << 32) | subsequent;
      c.from[i] = from;
      c.to[i] = to;
      c.destination[i] = names.get(b, fs[pDestination], fe[pDestination]);
      out.size++;
      return true;
    }

    /**
     * A plain unsigned decimal ({@code 0.0125}, {@code 7}, {@code .5}) in micro-units; 0 for an
     * empty field; -1 for anything else (a sign, an exponent, more than 6 decimals).
     */
    private long micros(int s, int e) {
      long whole = 0;
      int digits = 0;
      int i = s;
      for (; i < e && b[i] != '.'; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9 || ++digits > MAX_INTEGER_DIGITS) {
          return -1;
        }
        whole = whole * 10 + c;
      }
      long fraction = 0;
      int decimals = 0;
      for (i = i + 1; i < e; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9 || ++decimals > MAX_DECIMALS) {
          return -1;
        }
        fraction = fraction * 10 + c;
      }
      if (s == e) {
        return 0;
      }
      if (digits + decimals == 0) {
        return -1;
      }
      return whole * 1_000_000L + fraction * POW10[MAX_DECIMALS - decimals];
    }
  }

  /** Destination names decoded once per distinct byte sequence (decks repeat them). */
  private static final class Names {
    private byte[][] keys = new byte[256][];
    private String[] values = new String[256];
    private int count;

    String get(byte[] b, int s, int e) {
      int mask = keys.length - 1;
      int h = 1;
      for (int i = s; i < e; i++) {
        h = 31 * h + b[i];
      }
      int slot = (h ^ (h >>> 16)) & mask;
      while (keys[slot] != null) {
        if (Arrays.equals(keys[slot], 0, keys[slot].length, b, s, e)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      String name = new String(b, s, e - s, StandardCharsets.UTF_8);
      if (2 * (count + 1) > keys.length) {
        rehash();
        return name;
      }
      keys[slot] = Arrays.copyOfRange(b, s, e);
      values[slot] = name;
      count++;
      return name;
    }

    private void rehash() {
      byte[][] oldKeys = keys;
      String[] oldValues = values;
      keys = new byte[oldKeys.length * 2][];
      values = new String[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        byte[] key = oldKeys[k];
        if (key != null) {
          int h = 1;
          for (byte x : key) {
            h = 31 * h + x;
          }
          int slot = (h ^ (h >>> 16)) & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = key;
          values[slot] = oldValues[k];
        }
      }
    }
  }

  /**
   * The chunks' rows in file order: in the shared columns, each region moved down to close the gap
   * before it; when a chunk has columns of its own, copied into new columns instead.
   */
  private static PackedRows merge(byte[] data, Columns shared, CompletableFuture<Chunk>[] futures) {
    Chunk[] chunks = new Chunk[futures.length];
    int total = 0;
    boolean inPlace = true;
    for (int k = 0; k < chunks.length; k++) {
      chunks[k] = futures[k].join();
      if (chunks[k].bail) {
        return null;
      }
      total += chunks[k].size;
      inPlace &= chunks[k].columns == shared;
    }
    if (total == 0) {
      return null;
    }
    Columns all = inPlace ? shared : new Columns(total);
    int at = 0;
    for (Chunk c : chunks) {
      // in place, a region only ever moves down (each chunk fits its region)
      if (c.columns != all || c.start != at) {
        all.copy(c.columns, c.start, at, c.size);
      }
      at += c.size;
    }
    return new PackedRows(
        data,
        total,
        all.prefixStart,
        all.prefixLength,
        all.rate,
        all.connect,
        all.increments,
        all.from,
        all.to,
        all.destination);
  }
}
