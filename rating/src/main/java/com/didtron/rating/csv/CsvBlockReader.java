package com.didtron.rating.csv;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads the records of a block of CSV bytes (a slice cut at record boundaries) like {@link
 * CsvReader} does, faster: a line without quotes and without a lone CR is split in place (fields
 * point into the block, nothing is copied); any other line is read by a {@link CsvReader} on the
 * rest of the block, so quoted fields, line breaks inside them and lone CRs mean exactly what they
 * mean to {@link CsvReader}. Field bytes stay valid until the next call to {@link #next()}. Not
 * thread-safe.
 */
public final class CsvBlockReader {
  private final byte[] data;
  private final int limit;
  private int pos;
  private long nextLine;
  private long recordLine;

  private byte[] bytes;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int fields;

  /** Reads {@code data[off, off + len)}, numbering its first line {@code firstLine}. */
  public CsvBlockReader(byte[] data, int off, int len, long firstLine) {
    this.data = data;
    this.pos = off;
    this.limit = off + len;
    this.nextLine = firstLine;
  }

  /** Advances to the next record; false at the end of the block. */
  public boolean next() throws IOException {
    if (pos >= limit) {
      return false;
    }
    recordLine = nextLine;
    if (!splitInPlace()) {
      careful();
    }
    return true;
  }

  /**
   * Splits a plain line at {@code pos}; false (nothing consumed) when it needs the CSV reader. The
   * field ends (comma, LF, CR, quote) are found eight bytes per step ({@code
   * -Ddidtron.rate.swar=false}: byte by byte, to compare).
   */
  private boolean splitInPlace() {
    return SWAR ? splitWords() : splitBytes();
  }

  static final boolean SWAR = !"false".equals(System.getProperty("didtron.rate.swar", "true"));

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  static {
    // use the handle once now: code the JIT compiles before its first use (from the start-up
    // cache's profiles, as soon as this class is initialised) could not inline its accesses
    long unused = (long) LONGS.get(new byte[8], 0);
  }

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;
  private static final long COMMAS = ONES * ',';
  private static final long LFS = ONES * '\n';
  private static final long CRS = ONES * '\r';
  private static final long QUOTES = ONES * '"';

  /** High bit of each byte of {@code w} equal to {@code pattern}'s bytes (exact for the lowest). */
  private static long equal(long w, long pattern) {
    long v = w ^ pattern;
    return (v - ONES) & ~v & HIGHS;
  }

  /**
   * {@link #splitBytes} eight bytes per step: a word's candidate bytes are visited lowest first and
   * each is checked (above a true match the zero-byte test may flag a byte that is none).
   */
  private boolean splitWords() {
    byte[] b = data;
    int lim = limit;
    int p = pos;
    int fieldStart = p;
    int f = 0;
    for (; p + 8 <= lim; p += 8) {
      long w = (long) LONGS.get(b, p);
      long m = equal(w, COMMAS) | equal(w, LFS) | equal(w, CRS) | equal(w, QUOTES);
      while (m != 0) {
        int q = p + (Long.numberOfTrailingZeros(m) >>> 3);
        m &= m - 1;
        byte c = b[q];
        if (c == ',') {
          f = field(f, fieldStart, q);
          fieldStart = q + 1;
        } else if (c == '\n') {
          return lineEnd(field(f, fieldStart, q), q + 1);
        } else if (c == '\r') {
          if (q + 1 >= lim || b[q + 1] != '\n') {
            return false;
          }
          return lineEnd(field(f, fieldStart, q), q + 2);
        } else if (c == '"') {
          return false;
        }
      }
    }
    for (; p < lim; p++) {
      byte c = b[p];
      if (c == ',') {
        f = field(f, fieldStart, p);
        fieldStart = p + 1;
      } else if (c == '\n') {
        return lineEnd(field(f, fieldStart, p), p + 1);
      } else if (c == '\r') {
        if (p + 1 >= lim || b[p + 1] != '\n') {
          return false;
        }
        return lineEnd(field(f, fieldStart, p), p + 2);
      } else if (c == '"') {
        return false;
      }
    }
    f = field(f, fieldStart, lim);
    nextLine--; // no line end: like CsvReader, the last line is not counted as read
    return lineEnd(f, lim);
  }

  private boolean lineEnd(int f, int next) {
    fields = f;
    bytes = data;
    pos = next;
    nextLine++;
    return true;
  }

  /** The line split byte by byte. */
  private boolean splitBytes() {
    byte[] b = data;
    int p = pos;
    int fieldStart = p;
    int f = 0;
    while (true) {
      if (p == limit) {
        f = field(f, fieldStart, p);
        pos = p;
        nextLine--; // no line end: like CsvReader, the last line is not counted as read
        break;
      }
      byte c = b[p];
      if (c == ',') {
        f = field(f, fieldStart, p);
        fieldStart = ++p;
      } else if (c == '\n') {
        f = field(f, fieldStart, p);
        pos = p + 1;
        break;
      } else if (c == '\r') {
        if (p + 1 >= limit || b[p + 1] != '\n') {
          return false;
        }
        f = field(f, fieldStart, p);
        pos = p + 2;
        break;
      } else if (c == '"') {
        return false;
      } else {
        p++;
      }
    }
    fields = f;
    bytes = b;
    nextLine++;
    return true;
  }

  private int field(int f, int s, int e) {
    byte[] b = data;
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    if (f == starts.length) {
      starts = Arrays.copyOf(starts, f * 2);
      ends = Arrays.copyOf(ends, f * 2);
    }
    starts[f] = s;
    ends[f] = e;
    return f + 1;
  }

  /** Reads one record with the CSV reader's full rules and takes over its fields. */
  private void careful() throws IOException {
    CsvReader reader = new CsvReader(data, pos, limit - pos, nextLine);
    reader.next();
    fields = reader.fieldCount();
    if (fields > starts.length) {
      starts = new int[fields];
      ends = new int[fields];
    }
    for (int i = 0; i < fields; i++) {
      starts[i] = reader.start(i);
      ends[i] = reader.end(i);
    }
    bytes = reader.bytes();
    pos = reader.position();
    nextLine = reader.nextLine();
  }

  /** Number of fields in the current record (an empty line has one empty field). */
  public int fieldCount() {
    return fields;
  }

  /** The 1-based physical line the current record starts on. */
  public long line() {
    return recordLine;
  }

  /** The next line number to be read: after the last record, the number of lines read plus one. */
  public long nextLine() {
    return nextLine;
  }

  /** The buffer holding the current record's field bytes. */
  public byte[] bytes() {
    return bytes;
  }

  /** Start offset of field {@code i} in {@link #bytes()}. */
  public int start(int i) {
    return starts[i];
  }

  /** End offset (exclusive) of field {@code i} in {@link #bytes()}. */
  public int end(int i) {
    return ends[i];
  }

  /** Length in bytes of field {@code i}. */
  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** Field {@code i} decoded as UTF-8 (allocates). */
  public String string(int i) {
    return new String(
        bytes, starts[i], ends[i] - starts[i], java.nio.charset.StandardCharsets.UTF_8);
  }

  /** True when every field of the current record is empty (an empty line or only commas). */
  public boolean isBlank() {
    for (int i = 0; i < fields; i++) {
      if (ends[i] > starts[i]) {
        return false;
      }
    }
    return true;
  }
}
