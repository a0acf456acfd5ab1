package com.didtron.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The platform's clock in integration tests: the real UTC time unless a test sets it (scenario tests
 * walk it through a month). Tests that set it reset it when done.
 */
@Component
@Primary
public class TestClock extends Clock {
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
    return f != null ? f : Instant.now();
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
