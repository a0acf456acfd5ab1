package com.didtron.sip.ua;

import java.time.Clock;
import java.time.Instant;

/**
 * Where the user agent reads time: a monotonic nanosecond counter for the delays it measures (PDD,
 * setup time, jitter) and a wall clock for when a call started. Injected so tests control it.
 */
public interface TimeSource {
  /** Monotonic time in nanoseconds; only differences are meaningful. */
  long nanoTime();

  /** Wall-clock time. */
  Instant now();

  /** The JVM's monotonic counter and the system clock. */
  TimeSource SYSTEM = of(Clock.systemUTC());

  /** The JVM's monotonic counter for delays and {@code clock} for the wall time. */
  static TimeSource of(Clock clock) {
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Instant now() {
        return clock.instant();
      }
    };
  }
}
