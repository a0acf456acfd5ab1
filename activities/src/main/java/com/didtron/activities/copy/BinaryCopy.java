package com.didtron.activities.copy;

import com.didtron.activities.Facade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows for {@code COPY ... FROM STDIN WITH (FORMAT binary)}: each value goes over the wire in the
 * server's own binary form (uuid as 16 bytes, timestamptz as microseconds since 2000-01-01, numeric
 * as base-10000 digits), so the backend parses no text. Sent in 1 MiB pieces on the connection of
 * the current transaction. Shared by the CDR pipeline and the deck import.
 */
@Facade
public final class BinaryCopy {
  private static final int PIECE = 1 << 20;
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** Microseconds from 1970-01-01 to 2000-01-01 (PostgreSQL's epoch). */
  private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private byte[] buf = new byte[PIECE + (PIECE >> 2)];
  private short[] groups = new short[16];
  private int len;

  /** Writes every row to the copy, calling {@code ifFull} after each. */
  @FunctionalInterface
  public interface Rows {
    void write(BinaryCopy out) throws IOException;
  }

  private PGCopyOutputStream copy;

  private BinaryCopy() {}

  /** Runs {@code sql} (a binary {@code COPY ... FROM STDIN}) with the rows {@code rows} writes. */
  public static long in(DSLContext db, String sql, Rows rows) {
    return db.connectionResult(
        c -> {
          BinaryCopy out = new BinaryCopy();
          out.copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, 1 << 16);
          boolean done = false;
          try {
            out.put(HEADER);
            rows.write(out);
            out.int16(-1);
            out.drain();
            long written = out.copy.endCopy();
            done = true;
            return written;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            if (!done && out.copy.isActive()) {
              out.copy.cancelCopy();
            }
          }
        });
  }

  /** Sends the buffered rows once a piece is full. */
  public void ifFull() throws IOException {
    if (len >= PIECE) {
      drain();
    }
  }

  private void drain() throws IOException {
    copy.write(buf, 0, len);
    len = 0;
  }

  /** Starts a row of {@code fields} values. */
  public BinaryCopy row(int fields) {
    return int16(fields);
  }

  public BinaryCopy nul() {
    return int32(-1);
  }

  public BinaryCopy uuid(UUID id) {
    if (id == null) {
      return nul();
    }
    int32(16);
    int64(id.getMostSignificantBits());
    return int64(id.getLeastSignificantBits());
  }

  /** A text value; {@code null} is NULL. */
  public BinaryCopy text(String s) {
    if (s == null) {
      return nul();
    }
    int n = s.length();
    ensure(4 + n);
    int at = len + 4;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= 0x80) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
      }
      buf[at + i] = (byte) ch;
    }
    int32(n);
    len += n;
    return this;
  }

  /** A text value where the empty text is NULL (as an unquoted empty CSV field). */
  public BinaryCopy textOrNull(String s) {
    return s == null || s.isEmpty() ? nul() : text(s);
  }

  /** A value already in binary form (with no length prefix). */
  public BinaryCopy bytes(byte[] value) {
    int32(value.length);
    return put(value);
  }

  public BinaryCopy int8(long v) {
    int32(8);
    return int64(v);
  }

  /** An integer (int4) value. */
  public BinaryCopy int4(int v) {
    int32(4);
    return int32(v);
  }

  public BinaryCopy int8(Long v) {
    return v == null ? nul() : int8(v.longValue());
  }

  public BinaryCopy timestamptz(Instant t) {
    if (t == null) {
      return nul();
    }
    long micros =
        Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    return int8(micros - PG_EPOCH_MICROS);
  }

  /** A numeric in PostgreSQL's form: base-10000 digits, weight, sign and display scale. */
  public BinaryCopy numeric(BigDecimal d) {
    if (d == null) {
      return nul();
    }
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    int dscale = d.scale();
    BigInteger unscaled = d.unscaledValue();
    int sign = unscaled.signum() < 0 ? 0x4000 : 0;
    // pad the fraction to whole base-10000 digits: value = unscaled / 10^scale
    int pad = (4 - dscale % 4) % 4;
    int fracGroups = (dscale + pad) / 4;
    long small = unscaled.bitLength() < 63 - 14 ? Math.abs(unscaled.longValue()) : -1;
    short[] groups = this.groups;
    int n = 0;
    if (small >= 0) {
      long v = small * POW10[pad];
      while (v != 0) {
        if (n == groups.length) {
          groups = this.groups = java.util.Arrays.copyOf(groups, n * 2);
        }
        groups[n++] = (short) (v % 10_000);
        v /= 10_000;
      }
    } else {
      BigInteger v = unscaled.abs().multiply(BigInteger.TEN.pow(pad));
      while (v.signum() != 0) {
        BigInteger[] qr = v.divideAndRemainder(TEN_THOUSAND);
        if (n == groups.length) {
          groups = this.groups = java.util.Arrays.copyOf(groups, n * 2);
        }
        groups[n++] = qr[1].shortValue();
        v = qr[0];
      }
    }
    // groups[0] is the least significant; weight of the most significant group:
    int weight = n - 1 - fracGroups;
    int low = 0;
    while (low < n && groups[low] == 0) {
      low++; // trailing zero digits are not sent
    }
    int ndigits = n - low;
    if (ndigits == 0) {
      weight = 0;
      sign = 0;
    }
    int32(8 + 2 * ndigits);
    int16(ndigits);
    int16(weight);
    int16(sign);
    int16(dscale);
    for (int i = n - 1; i >= low; i--) {
      int16(groups[i]);
    }
    return this;
  }

  private static final long[] POW10 = {1, 10, 100, 1000};

  private BinaryCopy int16(int v) {
    ensure(2);
    buf[len++] = (byte) (v >>> 8);
    buf[len++] = (byte) v;
    return this;
  }

  private BinaryCopy int32(int v) {
    ensure(4);
    buf[len++] = (byte) (v >>> 24);
    buf[len++] = (byte) (v >>> 16);
    buf[len++] = (byte) (v >>> 8);
    buf[len++] = (byte) v;
    return this;
  }

  private BinaryCopy int64(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buf[len++] = (byte) (v >>> shift);
    }
    return this;
  }

  private BinaryCopy put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  private void ensure(int n) {
    if (len + n > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  /** The bytes written so far (for tests). */
  public byte[] written() {
    return java.util.Arrays.copyOf(buf, len);
  }

  /** A writer with no connection (for tests of the value encodings). */
  public static BinaryCopy detached() {
    return new BinaryCopy();
  }
}
