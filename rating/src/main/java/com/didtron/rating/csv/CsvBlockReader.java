package com.didtron.rating.csv;

import java.io.IOException;
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

  /** Splits a plain line at {@code pos}; false (nothing consumed) when it needs the CSV reader. */
  private boolean splitInPlace() {
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
