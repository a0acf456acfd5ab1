package com.didtron.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The platform's clock in integration tests: the real UTC time unless a test sets it (scenario
 * tests walk it through a month). Tests that set it reset it when done. A platform started by a
 * test in a child JVM ({@code PlatformProcess}) runs this clock too, shifted by the system property
 * {@code didtron.test.clock-offset} (an ISO-8601 duration, e.g. {@code -P40D}; default none).
 */
@Component
@Primary
public class TestClock extends Clock {
  private final Duration offset =
      Duration.parse(System.getProperty("didtron.test.clock-offset", "PT0S"));
  private volatile Instant fixed;

  public void set(Instant at) {
    fixed = at;
  }

  public void set(String at) {
    set(Instant.parse(at));
  }

  public void advance(Duration d) {
    fixed = instant().plus(d);
  }

  public void reset() {
    fixed = null;
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f != null ? f : Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
