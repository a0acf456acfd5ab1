package com.didtron.rating.deck;

/**
 * Deck rows held column by column in primitive arrays, as the fast deck reader produces them: no
 * object per row. Prefixes are slices of the file's bytes ({@link #text()}), rates and fees whole
 * micro-units, instants {@link com.didtron.rating.EpochNanos}. Filled once, then read only.
 */
public final class PackedRows {
  private final byte[] text;
  private final int size;
  private final int[] prefixStart;
  private final byte[] prefixLength;
  private final long[] rateMicros;
  private final long[] connectMicros;
  private final long[] increments;
  private final long[] from;
  private final long[] to;
  private final String[] destination;

  PackedRows(
      byte[] text,
      int size,
      int[] prefixStart,
      byte[] prefixLength,
      long[] rateMicros,
      long[] connectMicros,
      long[] increments,
      long[] from,
      long[] to,
      String[] destination) {
    this.text = text;
    this.size = size;
    this.prefixStart = prefixStart;
    this.prefixLength = prefixLength;
    this.rateMicros = rateMicros;
    this.connectMicros = connectMicros;
    this.increments = increments;
    this.from = from;
    this.to = to;
    this.destination = destination;
  }

  /** The file bytes the prefixes point into. */
  public byte[] text() {
    return text;
  }

  /** Number of rows. */
  public int size() {
    return size;
  }

  /** Offset of row {@code i}'s prefix digits in {@link #text()}. */
  public int prefixStart(int i) {
    return prefixStart[i];
  }

  /** Number of digits of row {@code i}'s prefix. */
  public int prefixLength(int i) {
    return prefixLength[i];
  }

  /** Rate per minute of row {@code i} in micro-units. */
  public long rateMicros(int i) {
    return rateMicros[i];
  }

  /** Connect fee of row {@code i} in micro-units. */
  public long connectMicros(int i) {
    return connectMicros[i];
  }

  /** Initial increment of row {@code i}. */
  public int initialIncrement(int i) {
    return (int) (increments[i] >>> 32);
  }

  /** Subsequent increment of row {@code i}. */
  public int subsequentIncrement(int i) {
    return (int) increments[i];
  }

  /** effective_from of row {@code i} in epoch nanoseconds. */
  public long from(int i) {
    return from[i];
  }

  /** effective_to of row {@code i} in epoch nanoseconds; OPEN_END when absent. */
  public long to(int i) {
    return to[i];
  }

  /** Destination name of row {@code i}. */
  public String destination(int i) {
    return destination[i];
  }
}
