package com.didtron.rating.cdr;

import com.didtron.rating.EpochNanos;
import java.time.Duration;
import java.time.Instant;

/**
 * The start times and durations a CDR file may hold; a CDR outside becomes a rejected line with its
 * line number (a sane window keeps a clock gone wrong on a switch, or a hostile file, from creating
 * partitions decades away or charging year-long calls).
 *
 * @param earliest first start time accepted
 * @param latest last start time accepted
 * @param maxDurationSeconds longest duration accepted, in seconds
 */
public record CdrWindow(Instant earliest, Instant latest, long maxDurationSeconds) {
  /** Everything the parser can represent: for offline rating, where no clock applies. */
  public static final CdrWindow UNBOUNDED =
      new CdrWindow(EpochNanos.MIN, EpochNanos.END.minusNanos(1), Long.MAX_VALUE);

  public CdrWindow {
    if (earliest.isAfter(latest) || maxDurationSeconds < 0) {
      throw new IllegalArgumentException("empty CDR window " + earliest + " .. " + latest);
    }
  }

  /** The window around {@code now}: from {@code now - maxAge} to {@code now + maxAhead}. */
  public static CdrWindow around(
      Instant now, Duration maxAge, Duration maxAhead, Duration maxDuration) {
    return new CdrWindow(now.minus(maxAge), now.plus(maxAhead), maxDuration.toSeconds());
  }
}
