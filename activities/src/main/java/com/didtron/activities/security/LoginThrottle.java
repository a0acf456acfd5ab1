package com.didtron.activities.security;

import static com.didtron.activities.db.Tables.LOGIN_THROTTLE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Keyed by the login name as typed (lower-cased), whether or not
 * such a user exists, so throttling reveals nothing. After {@link #FREE_FAILURES} failures in a row
 * each further failure locks the name for twice as long as the last, up to {@link #MAX_LOCK};
 * a success clears the count. Kept in PostgreSQL so every node of a cluster sees it.
 */
@Service
public class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  private final DSLContext db;
  private final Clock clock;

  public LoginThrottle(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** When the name may try again, if it is locked now. */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String login) {
    Instant now = clock.instant();
    return db.select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
        .where(LOGIN_THROTTLE.LOGIN_KEY.eq(key(login)))
        .fetchOptional(LOGIN_THROTTLE.LOCKED_UNTIL)
        .filter(t -> t != null && t.toInstant().isAfter(now))
        .map(t -> t.toInstant());
  }

  @Transactional
  public void failed(String login) {
    Instant now = clock.instant();
    int failures = db.insertInto(LOGIN_THROTTLE)
        .set(LOGIN_THROTTLE.LOGIN_KEY, key(login))
        .set(LOGIN_THROTTLE.FAILURES, 1)
        .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now.atOffset(ZoneOffset.UTC))
        .onConflict(LOGIN_THROTTLE.LOGIN_KEY)
        .doUpdate()
        .set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES.plus(1))
        .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now.atOffset(ZoneOffset.UTC))
        .returning(LOGIN_THROTTLE.FAILURES)
        .fetchSingle(LOGIN_THROTTLE.FAILURES);
    Duration lock = lockFor(failures);
    if (!lock.isZero()) {
      db.update(LOGIN_THROTTLE)
          .set(LOGIN_THROTTLE.LOCKED_UNTIL, now.plus(lock).atOffset(ZoneOffset.UTC))
          .where(LOGIN_THROTTLE.LOGIN_KEY.eq(key(login)))
          .execute();
    }
  }

  @Transactional
  public void succeeded(String login) {
    db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.eq(key(login))).execute();
  }

  /** No lock for the first failures, then 30 s, 60 s, 120 s … up to 15 minutes. */
  static Duration lockFor(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  private static String key(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }
}
