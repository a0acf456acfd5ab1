package com.didtron.rating.csv;

/**
 * Finds where a block of CSV bytes can be cut between records, following the same quoting rules as
 * {@link CsvReader} (a quote opens a quoted section only at the start of a field; {@code ""} inside
 * it is an escaped quote; line breaks inside it belong to the field).
 */
public final class CsvSplitter {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private CsvSplitter() {}

  /**
   * The offset just past the last complete record in {@code data[off, off + len)}, which must start
   * at a record boundary; {@code off} when no record ends inside. A lone CR as the very last byte
   * is not taken as a record end (its LF may follow in the next block).
   */
  public static int lastRecordEnd(byte[] data, int off, int len) {
    int end = off + len;
    int state = FIELD_START;
    int cut = off;
    for (int i = off; i < end; i++) {
      byte b = data[i];
      if (state == QUOTED) {
        state = b == '"' ? QUOTE_IN_QUOTED : QUOTED;
      } else if (b == '\n') {
        cut = i + 1;
        state = FIELD_START;
      } else if (b == '\r') {
        if (i + 1 < end && data[i + 1] != '\n') {
          cut = i + 1;
        }
        state = FIELD_START;
      } else if (b == ',') {
        state = FIELD_START;
      } else {
        state = next(state, b);
      }
    }
    return cut;
  }

  private static int next(int state, byte b) {
    if (state == FIELD_START) {
      if (b == '"') {
        return QUOTED;
      }
      return b == ' ' || b == '\t' ? FIELD_START : UNQUOTED;
    }
    if (state == QUOTE_IN_QUOTED) {
      return b == '"' ? QUOTED : UNQUOTED;
    }
    return UNQUOTED;
  }
}
