package com.didtron.activities.ratedeck;

import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.deck.VersionEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@code rate_entry} rows in PostgreSQL's binary COPY format: each value in the server's own binary
 * form (uuid as 16 bytes, numeric as base-10000 digits, timestamptz as microseconds since
 * 2000-01-01), so the backend parses no decimal or date text. Rows are built in a buffer and handed
 * to the COPY stream in pieces of about 1 MiB.
 */
final class RateEntryBinary {
  /** The columns, in the order {@link #row} writes them. */
  static final String COLUMNS =
      "version_id, prefix, destination, rate, connect_fee, initial_increment,"
          + " subsequent_increment, effective_from, effective_to, change_flag, previous_rate";

  private static final int FIELDS = 11;
  private static final int PIECE = 1 << 20;
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };
  private static final short[] NO_GROUPS = new short[0];

  /** Microseconds from 1970-01-01 to 2000-01-01, PostgreSQL's epoch. */
  private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

  private static final long[] POW10 = {1, 10, 100, 1_000};
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private final OutputStream out;
  private final byte[] version = new byte[16];
  private final short[] groups = new short[40];
  private byte[] buf = new byte[PIECE + (PIECE >> 2)];
  private int len;

  RateEntryBinary(OutputStream out, UUID versionId) {
    this.out = out;
    long hi = versionId.getMostSignificantBits();
    long lo = versionId.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      version[i] = (byte) (hi >>> (56 - 8 * i));
      version[8 + i] = (byte) (lo >>> (56 - 8 * i));
    }
    put(HEADER, HEADER.length);
  }

  /** Appends one row, sending the buffer when a piece is full. */
  void row(VersionEntry v) throws IOException {
    RateEntry e = v.entry();
    int16(FIELDS);
    int32(16);
    put(version, 16);
    text(e.prefix());
    text(e.destination());
    numeric(e.rate());
    numeric(e.connectFee());
    int32(4);
    int32(e.initialIncrement());
    int32(4);
    int32(e.subsequentIncrement());
    timestamptz(e.effectiveFrom());
    timestamptz(e.effectiveTo());
    text(v.flag() == null ? null : v.flag().name());
    numeric(v.previousRate());
    if (len >= PIECE) {
      flush();
    }
  }

  /** Writes the trailer and sends what is left. */
  void finish() throws IOException {
    int16(-1);
    flush();
  }

  private void flush() throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }

  /** The bytes not sent yet (tests of the encodings). */
  byte[] pending() {
    return Arrays.copyOf(buf, len);
  }

  private void text(String s) {
    if (s == null) {
      int32(-1);
      return;
    }
    int n = s.length();
    ensure(4 + n);
    int at = len + 4;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= 0x80) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        put(utf8, utf8.length);
        return;
      }
      buf[at + i] = (byte) ch;
    }
    int32(n);
    len += n;
  }

  private void timestamptz(Instant t) {
    if (t == null) {
      int32(-1);
      return;
    }
    long micros =
        Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    int32(8);
    int64(micros - PG_EPOCH_MICROS);
  }

  /**
   * A numeric as PostgreSQL keeps it: base-10000 digits (most significant first, trailing zero
   * digits left out), the weight of the first digit, the sign and the display scale, so the stored
   * value keeps the decimals it was given ({@code 0.0100} stays {@code 0.0100}).
   */
  private void numeric(BigDecimal d) {
    if (d == null) {
      int32(-1);
      return;
    }
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    int scale = d.scale();
    BigInteger unscaled = d.unscaledValue();
    int sign = unscaled.signum() < 0 ? 0x4000 : 0;
    // the fraction padded to whole base-10000 digits: value = unscaled * 10^pad / 10^(scale+pad)
    int pad = (4 - scale % 4) % 4;
    int fractionGroups = (scale + pad) / 4;
    short[] g = groups;
    int n = 0;
    if (unscaled.bitLength() < 50) {
      long v = Math.abs(unscaled.longValue()) * POW10[pad];
      while (v != 0) {
        g[n++] = (short) (v % 10_000);
        v /= 10_000;
      }
    } else {
      BigInteger v = unscaled.abs().multiply(BigInteger.TEN.pow(pad));
      g = NO_GROUPS;
      while (v.signum() != 0) {
        BigInteger[] qr = v.divideAndRemainder(TEN_THOUSAND);
        if (n == g.length) {
          g = Arrays.copyOf(g, Math.max(16, n * 2));
        }
        g[n++] = qr[1].shortValue();
        v = qr[0];
      }
    }
    // g[0] is the least significant digit
    int weight = n - 1 - fractionGroups;
    int low = 0;
    while (low < n && g[low] == 0) {
      low++;
    }
    int digits = n - low;
    if (digits == 0) {
      weight = 0;
      sign = 0;
    }
    int32(8 + 2 * digits);
    int16(digits);
    int16(weight);
    int16(sign);
    int16(scale);
    for (int i = n - 1; i >= low; i--) {
      int16(g[i]);
    }
  }

  private void int16(int v) {
    ensure(2);
    buf[len++] = (byte) (v >>> 8);
    buf[len++] = (byte) v;
  }

  private void int32(int v) {
    ensure(4);
    buf[len++] = (byte) (v >>> 24);
    buf[len++] = (byte) (v >>> 16);
    buf[len++] = (byte) (v >>> 8);
    buf[len++] = (byte) v;
  }

  private void int64(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buf[len++] = (byte) (v >>> shift);
    }
  }

  private void put(byte[] b, int n) {
    ensure(n);
    System.arraycopy(b, 0, buf, len, n);
    len += n;
  }

  private void ensure(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }
}
