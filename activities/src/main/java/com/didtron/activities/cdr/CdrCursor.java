package com.didtron.activities.cdr;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of CDRs ends (or starts): the sort key (start time, source, call id) of its last (or
 * first) row. Pages are read by key, never by offset, so the ten-thousandth page costs what the
 * first does. Sent to clients as an opaque URL-safe token ({@link #token()}, {@link #parse}).
 */
public record CdrCursor(Instant startTime, String source, String callId) {
  private static final char SEP = '\u0000';

  public CdrCursor {
    if (startTime == null || source == null || callId == null) {
      throw new IllegalArgumentException("a CDR cursor needs a start time, a source and a call id");
    }
  }

  static CdrCursor of(CdrView row) {
    return new CdrCursor(row.startTime(), row.source(), row.callId());
  }

  /** The opaque token a client sends back as {@code after} or {@code before}. */
  public String token() {
    String raw =
        startTime.getEpochSecond() + "." + startTime.getNano() + SEP + source + SEP + callId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a token made by {@link #token()}; null or blank: no cursor.
   *
   * @throws IllegalArgumentException when the token was not made by {@link #token()}
   */
  public static CdrCursor parse(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      int a = raw.indexOf(SEP);
      int b = a < 0 ? -1 : raw.indexOf(SEP, a + 1);
      int dot = raw.indexOf('.');
      if (a < 0 || b < 0 || dot < 0 || dot > a) {
        throw new IllegalArgumentException("not a CDR cursor: " + token);
      }
      Instant at =
          Instant.ofEpochSecond(
              Long.parseLong(raw.substring(0, dot)), Long.parseLong(raw.substring(dot + 1, a)));
      return new CdrCursor(at, raw.substring(a + 1, b), raw.substring(b + 1));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException("not a CDR cursor: " + token, e);
    }
  }
}
