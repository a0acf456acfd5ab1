package com.didtron.rating.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes CSV rows: fields are quoted only when they contain a comma, a
 * quote or a line break; lines end with LF. Fixed-point amounts in micro-units are written exactly
 * as {@code BigDecimal.valueOf(micros, 6).toPlainString()} would, without allocating. Not
 * thread-safe.
 */
public final class CsvWriter {
  private static final int MICRO_DIGITS = 6;

  private byte[] buf;
  private int len;

  /** A writer with room for {@code capacity} bytes before it grows. */
  public CsvWriter(int capacity) {
    buf = new byte[Math.max(capacity, 64)];
  }

  /** Bytes written so far. */
  public int size() {
    return len;
  }

  /** Byte {@code i} written so far. */
  public byte byteAt(int i) {
    return buf[i];
  }

  /** Drops everything written after the first {@code length} bytes. */
  public void truncate(int length) {
    len = Math.min(len, Math.max(0, length));
  }

  /** The buffer holding the bytes written so far (valid up to {@link #size()}). */
  public byte[] buffer() {
    return buf;
  }

  /** Writes the buffer to {@code out} and empties it. */
  public void drainTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }

  /** Writes a field from raw bytes, quoting it when needed. */
  public CsvWriter field(byte[] src, int s, int e) {
    if (needsQuotes(src, s, e)) {
      return quoted(src, s, e);
    }
    ensure(e - s);
    System.arraycopy(src, s, buf, len, e - s);
    len += e - s;
    return this;
  }

  /** Writes a text field, quoting it when needed. */
  public CsvWriter field(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return field(bytes, 0, bytes.length);
  }

  /** Writes bytes that are known to need no quoting (constants, digits). */
  public CsvWriter raw(byte[] src) {
    ensure(src.length);
    System.arraycopy(src, 0, buf, len, src.length);
    len += src.length;
    return this;
  }

  /** Writes a field separator. */
  public CsvWriter comma() {
    return put((byte) ',');
  }

  /** Ends the row. */
  public CsvWriter newline() {
    return put((byte) '\n');
  }

  /** Writes a whole number. */
  public CsvWriter number(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        return raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
      }
      put((byte) '-');
      value = -value;
    }
    ensure(20);
    int n = digits(value);
    int pos = len + n;
    while (value >= 100) {
      int pair = 2 * (int) (value % 100);
      value /= 100;
      buf[--pos] = PAIRS[pair + 1];
      buf[--pos] = PAIRS[pair];
    }
    if (value >= 10) {
      buf[--pos] = PAIRS[2 * (int) value + 1];
      buf[--pos] = PAIRS[2 * (int) value];
    } else {
      buf[--pos] = (byte) ('0' + value);
    }
    len += n;
    return this;
  }

  /** "00" to "99": two digits per division. */
  private static final byte[] PAIRS = pairs();

  private static byte[] pairs() {
    byte[] pairs = new byte[200];
    for (int i = 0; i < 100; i++) {
      pairs[2 * i] = (byte) ('0' + i / 10);
      pairs[2 * i + 1] = (byte) ('0' + i % 10);
    }
    return pairs;
  }

  /** Number of decimal digits of {@code value >= 0}. */
  private static int digits(long value) {
    int n = 1;
    long limit = 10;
    while (n < 19 && value >= limit) {
      n++;
      limit *= 10;
    }
    return n;
  }

  /** Writes bytes {@code src[s, e)} that are known to need no quoting (digits). */
  public CsvWriter raw(byte[] src, int s, int e) {
    ensure(e - s);
    System.arraycopy(src, s, buf, len, e - s);
    len += e - s;
    return this;
  }

  /** Writes {@code micros / 10^6} with exactly six decimals ({@code -0.001500}). */
  public CsvWriter micros(long micros) {
    if (micros == Long.MIN_VALUE) {
      return decimal(BigDecimal.valueOf(micros, MICRO_DIGITS));
    }
    if (micros < 0) {
      put((byte) '-');
      micros = -micros;
    }
    number(micros / 1_000_000L);
    put((byte) '.');
    ensure(MICRO_DIGITS);
    int fraction = (int) (micros % 1_000_000L);
    for (int i = len + MICRO_DIGITS - 2; i >= len; i -= 2) {
      int pair = 2 * (fraction % 100);
      fraction /= 100;
      buf[i] = PAIRS[pair];
      buf[i + 1] = PAIRS[pair + 1];
    }
    len += MICRO_DIGITS;
    return this;
  }

  /** Writes a decimal in plain notation (no exponent). */
  public CsvWriter decimal(BigDecimal value) {
    return raw(value.toPlainString().getBytes(StandardCharsets.US_ASCII));
  }

  private CsvWriter quoted(byte[] src, int s, int e) {
    ensure(2 * (e - s) + 2);
    buf[len++] = '"';
    for (int i = s; i < e; i++) {
      if (src[i] == '"') {
        buf[len++] = '"';
      }
      buf[len++] = src[i];
    }
    buf[len++] = '"';
    return this;
  }

  private static boolean needsQuotes(byte[] src, int s, int e) {
    for (int i = s; i < e; i++) {
      byte b = src[i];
      if (b == ',' || b == '"' || b == '\n' || b == '\r') {
        return true;
      }
    }
    return s < e && (src[s] == ' ' || src[e - 1] == ' ');
  }

  private CsvWriter put(byte b) {
    ensure(1);
    buf[len++] = b;
    return this;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }
}
