package com.didtron.rating;

import java.time.Instant;

/**
 * Instants as exact nanoseconds since 1970-01-01T00:00:00Z in a {@code long}, the engine's time
 * representation. Supported instants run from {@link #MIN} (1678-01-01) up to, not including,
 * {@link #END} (2262-01-01); {@link #OPEN_END} stands for "no end".
 */
public final class EpochNanos {
  /** 1678-01-01T00:00:00Z, the earliest supported instant. */
  public static final Instant MIN = Instant.parse("1678-01-01T00:00:00Z");

  /** 2262-01-01T00:00:00Z, the first instant past the supported range. */
  public static final Instant END = Instant.parse("2262-01-01T00:00:00Z");

  /** An open end: later than every supported instant. */
  public static final long OPEN_END = Long.MAX_VALUE;

  /** Marks a value that is not an instant. */
  public static final long INVALID = Long.MIN_VALUE;

  private static final long NANOS = 1_000_000_000L;
  private static final long MIN_SECOND = MIN.getEpochSecond();
  private static final long END_SECOND = END.getEpochSecond();

  private EpochNanos() {}

  /** True when {@code instant} lies in the supported range. */
  public static boolean isSupported(Instant instant) {
    return !instant.isBefore(MIN) && instant.isBefore(END);
  }

  /** The nanoseconds of {@code instant}, or {@link #INVALID} when it is outside the range. */
  public static long of(Instant instant) {
    return instant == null ? INVALID : of(instant.getEpochSecond(), instant.getNano());
  }

  /** Nanoseconds of a second and nano-of-second, or {@link #INVALID} outside the range. */
  public static long of(long epochSecond, int nano) {
    if (epochSecond < MIN_SECOND || epochSecond >= END_SECOND) {
      return INVALID;
    }
    return epochSecond * NANOS + nano;
  }

  /** Nanoseconds of {@code instant}, {@link #OPEN_END} for null (an absent end). */
  public static long ofEnd(Instant instant) {
    return instant == null ? OPEN_END : of(instant);
  }

  /** The instant of {@code nanos}; null for {@link #OPEN_END}. */
  public static Instant toInstant(long nanos) {
    if (nanos == OPEN_END) {
      return null;
    }
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }
}
