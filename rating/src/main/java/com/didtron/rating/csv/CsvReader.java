package com.didtron.rating.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming, allocation-free CSV reader over UTF-8 bytes (RFC 4180 plus the usual mess).
 *
 * <p>Handles quoted fields (with {@code ""} escapes, commas and line breaks inside), LF, CRLF and
 * lone CR line ends, a UTF-8 byte order mark and a missing final line break. Unquoted fields are
 * trimmed of spaces and tabs; quoted content is kept as is. Field bytes of the current record are
 * exposed through {@link #bytes()}, {@link #start(int)} and {@link #end(int)} and stay valid until
 * the next call to {@link #next()}. Line numbers are physical, 1-based lines: a record spanning
 * lines (a quoted line break) reports the line it starts on. Not thread-safe.
 */
public final class CsvReader {
  private static final int BUFFER = 1 << 16;
  private static final boolean[] ORDINARY = ordinaryBytes();

  private final InputStream in;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean checkBom;

  private byte[] rec = new byte[512];
  private int recLen;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int fields;
  private long nextLine;
  private long recordLine;

  /** Reads a whole stream; the first line is line 1 and may start with a byte order mark. */
  public CsvReader(InputStream in) {
    this.in = in;
    this.buf = new byte[BUFFER];
    this.nextLine = 1;
    this.checkBom = true;
  }

  /**
   * Reads {@code len} bytes of {@code data} from {@code off} (a slice of a file cut at a record
   * boundary), numbering its first line {@code firstLine}. No byte order mark is expected.
   */
  public CsvReader(byte[] data, int off, int len, long firstLine) {
    this.in = null;
    this.buf = data;
    this.pos = off;
    this.limit = off + len;
    this.nextLine = firstLine;
    this.checkBom = false;
  }

  /** Skips a UTF-8 byte order mark at {@code data[off]}: the offset after it, else {@code off}. */
  public static int skipBom(byte[] data, int off, int len) {
    boolean bom =
        len >= 3
            && data[off] == (byte) 0xEF
            && data[off + 1] == (byte) 0xBB
            && data[off + 2] == (byte) 0xBF;
    return bom ? off + 3 : off;
  }

  /** Offset in the slice just past the current record (slice mode only). */
  public int position() {
    return pos;
  }

  /** Advances to the next record; false at the end of the input. */
  public boolean next() throws IOException {
    if (checkBom) {
      skipBom();
    }
    if (pos == limit && !fill()) {
      return false;
    }
    recordLine = nextLine;
    recLen = 0;
    fields = 0;
    readRecord();
    return true;
  }

  private void readRecord() throws IOException {
    int fieldStart = 0;
    boolean quotedField = false;
    int protectedEnd = 0;
    while (true) {
      if (pos == limit && !fill()) {
        endField(fieldStart, quotedField, protectedEnd);
        return;
      }
      copyOrdinaryRun();
      if (pos == limit) {
        continue;
      }
      byte b = buf[pos++];
      if (b == ',') {
        endField(fieldStart, quotedField, protectedEnd);
        fieldStart = recLen;
        quotedField = false;
      } else if (b == '\n' || b == '\r') {
        endField(fieldStart, quotedField, protectedEnd);
        endLine(b);
        return;
      } else if (!quotedField && isBlankFrom(fieldStart)) {
        recLen = fieldStart;
        readQuoted();
        quotedField = true;
        protectedEnd = recLen;
      } else {
        append(b);
      }
    }
  }

  /** Copies the bytes up to the next comma, quote or line break in one go. */
  private void copyOrdinaryRun() {
    byte[] b = buf;
    int p = pos;
    int lim = limit;
    while (p < lim && ORDINARY[b[p] & 0xFF]) {
      p++;
    }
    int n = p - pos;
    if (n > 0) {
      if (recLen + n > rec.length) {
        rec = Arrays.copyOf(rec, Math.max(rec.length * 2, recLen + n));
      }
      System.arraycopy(b, pos, rec, recLen, n);
      recLen += n;
      pos = p;
    }
  }

  /** Reads quoted content after the opening quote, up to and including the closing quote. */
  private void readQuoted() throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return;
      }
      byte b = buf[pos++];
      if (b == '"') {
        if (pos == limit && !fill()) {
          return;
        }
        if (buf[pos] != '"') {
          return;
        }
        pos++;
      } else if (b == '\n') {
        nextLine++;
      } else if (b == '\r' && peekIsNot('\n')) {
        nextLine++;
      }
      append(b);
    }
  }

  private boolean peekIsNot(char c) throws IOException {
    return (pos < limit || fill()) && buf[pos] != c;
  }

  private void endLine(byte b) throws IOException {
    nextLine++;
    if (b == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
      pos++;
    }
  }

  private boolean isBlankFrom(int fieldStart) {
    for (int i = fieldStart; i < recLen; i++) {
      if (rec[i] != ' ' && rec[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private void endField(int fieldStart, boolean quoted, int protectedEnd) {
    int s = fieldStart;
    int e = recLen;
    if (!quoted) {
      while (s < e && (rec[s] == ' ' || rec[s] == '\t')) {
        s++;
      }
    }
    int floor = quoted ? protectedEnd : s;
    while (e > floor && (rec[e - 1] == ' ' || rec[e - 1] == '\t')) {
      e--;
    }
    if (fields == starts.length) {
      starts = Arrays.copyOf(starts, fields * 2);
      ends = Arrays.copyOf(ends, fields * 2);
    }
    starts[fields] = s;
    ends[fields] = e;
    fields++;
  }

  private void append(byte b) {
    if (recLen == rec.length) {
      rec = Arrays.copyOf(rec, recLen * 2);
    }
    rec[recLen++] = b;
  }

  private void skipBom() throws IOException {
    checkBom = false;
    boolean more = true;
    while (limit - pos < 3 && more) {
      more = fillMore();
    }
    pos = skipBom(buf, pos, limit - pos);
  }

  private boolean fill() throws IOException {
    if (in == null) {
      return false;
    }
    pos = 0;
    limit = 0;
    return fillMore();
  }

  private boolean fillMore() throws IOException {
    if (limit == buf.length) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n <= 0) {
      return false;
    }
    limit += n;
    return true;
  }

  private static boolean[] ordinaryBytes() {
    boolean[] ordinary = new boolean[256];
    Arrays.fill(ordinary, true);
    ordinary[','] = false;
    ordinary['"'] = false;
    ordinary['\n'] = false;
    ordinary['\r'] = false;
    return ordinary;
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
    return rec;
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
    return new String(rec, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
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
