package com.didtron.rating.csv;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The one writer every CSV export goes through: it copies CSV (RFC 4180, as PostgreSQL's COPY or
 * {@link CsvWriter} writes it) to the stream it wraps and neutralises formula injection on the way
 * (OWASP "CSV injection"): a cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front, so a spreadsheet shows it as
 * text instead of evaluating it. A cell that is a plain number ({@code -1.50}, {@code +442071234}:
 * an optional sign, digits, optional decimals) is left as it is, so amounts stay numbers.
 *
 * <p>Streams with bounded memory: only a cell that starts with one of those characters is held
 * until its end, and at most {@value #MAX_HELD} bytes of it (anything longer is no number). {@link
 * #finish()} writes what is held without closing the wrapped stream.
 */
public final class SafeCsvOutputStream extends OutputStream {
  static final int MAX_HELD = 64;
  private static final int START = 0;
  private static final int QUOTED_START = 1;
  private static final int PASS = 2;
  private static final int HOLD = 3;

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 13];
  private final byte[] held = new byte[MAX_HELD];
  private int len;
  private int heldLen;
  private int mode = START;
  private boolean quotedField;
  private boolean inQuotes;
  private boolean pendingQuote;

  public SafeCsvOutputStream(OutputStream out) {
    this.out = out;
  }

  /** Whether a spreadsheet could take a cell starting with {@code b} as a formula. */
  public static boolean isTrigger(int b) {
    return b == '=' || b == '+' || b == '-' || b == '@' || b == '\t' || b == '\r';
  }

  @Override
  public void write(int b) throws IOException {
    accept((byte) b);
  }

  @Override
  public void write(byte[] b, int off, int n) throws IOException {
    int end = off + n;
    int i = off;
    while (i < end) {
      if (mode == PASS && !inQuotes && !pendingQuote) {
        int j = i;
        while (j < end && b[j] != ',' && b[j] != '\n' && b[j] != '\r' && b[j] != '"') {
          j++;
        }
        emit(b, i, j);
        i = j;
        if (i == end) {
          break;
        }
      }
      accept(b[i++]);
    }
  }

  private void accept(byte b) throws IOException {
    switch (mode) {
      case START -> start(b);
      case QUOTED_START -> quotedStart(b);
      case HOLD -> hold(b);
      default -> {
        emit(b);
        if (endsField(b)) {
          mode = START;
        }
      }
    }
  }

  private void start(byte b) throws IOException {
    quotedField = b == '"';
    inQuotes = quotedField;
    pendingQuote = false;
    if (quotedField) {
      emit(b);
      mode = QUOTED_START;
    } else if (b == ',' || b == '\n' || b == '\r') {
      emit(b);
    } else if (isTrigger(b)) {
      heldLen = 0;
      held[heldLen++] = b;
      mode = HOLD;
    } else {
      emit(b);
      mode = PASS;
    }
  }

  private void quotedStart(byte b) throws IOException {
    if (isTrigger(b)) {
      heldLen = 0;
      held[heldLen++] = b;
      mode = HOLD;
      return;
    }
    mode = PASS;
    emit(b);
    if (endsField(b)) {
      mode = START;
    }
  }

  private void hold(byte b) throws IOException {
    if (endsField(b)) {
      release(!isPlainNumber());
      emit(b);
      mode = START;
    } else if (heldLen == MAX_HELD) {
      release(true);
      emit(b);
      mode = PASS;
    } else {
      held[heldLen++] = b;
    }
  }

  /**
   * Tracks quoting; true when {@code b} ends the current cell (a comma or line end outside quotes).
   */
  private boolean endsField(byte b) {
    if (pendingQuote) {
      pendingQuote = false;
      if (b == '"') {
        return false;
      }
      inQuotes = false;
    } else if (inQuotes) {
      pendingQuote = b == '"';
      return false;
    }
    return b == ',' || b == '\n' || b == '\r';
  }

  private boolean isPlainNumber() {
    int end = quotedField && heldLen > 0 && held[heldLen - 1] == '"' ? heldLen - 1 : heldLen;
    int i = held[0] == '+' || held[0] == '-' ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    for (; i < end; i++) {
      byte c = held[i];
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  private void release(boolean neutralise) throws IOException {
    if (neutralise) {
      emit((byte) '\'');
    }
    for (int i = 0; i < heldLen; i++) {
      emit(held[i]);
    }
    heldLen = 0;
  }

  /** The middle of a cell that needs no look (bulk copy). */
  private void emit(byte[] b, int s, int e) throws IOException {
    if (e - s > buf.length - len) {
      out.write(buf, 0, len);
      len = 0;
      if (e - s > buf.length) {
        out.write(b, s, e - s);
        return;
      }
    }
    System.arraycopy(b, s, buf, len, e - s);
    len += e - s;
  }

  private void emit(byte b) throws IOException {
    if (len == buf.length) {
      out.write(buf, 0, len);
      len = 0;
    }
    buf[len++] = b;
  }

  /** Writes everything held (a last cell without a line end included); leaves the stream open. */
  public void finish() throws IOException {
    if (mode == HOLD) {
      release(!isPlainNumber());
      mode = START;
    }
    out.write(buf, 0, len);
    len = 0;
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.write(buf, 0, len);
    len = 0;
    out.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }
}
