package com.didtron.activities.security;

import static com.didtron.activities.db.Tables.LOGIN_THROTTLE;

import com.didtron.activities.Facade;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, by login name and by client address (two keys, both counted on
 * every failure). The name is keyed as typed (lower-cased) whether or not such a user exists, so
 * throttling reveals nothing. After {@link #USER_FREE_FAILURES} failures in a row a name is locked,
 * for twice as long after each further failure, up to {@link #MAX_LOCK}; an address likewise after
 * {@link #ADDRESS_FREE_FAILURES} (offices share addresses). A success clears the name's count (not
 * the address's); counts older than {@link #FORGET_AFTER} start again. Kept in PostgreSQL: each
 * failure is one atomic upsert per key, so a parallel burst counts exactly and every node sees it.
 *
 * <p>Nobody can lock a user out for good: locks are capped at 15 minutes, a locked name may still
 * sign in from an address with no failures on record (an attacker's address always has some), and
 * {@code didtron admin user reset-password} clears the name.
 */
@Service
@Facade
public class LoginThrottle {
  static final int USER_FREE_FAILURES = 5;
  static final int ADDRESS_FREE_FAILURES = 30;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final DSLContext db;
  private final Clock clock;

  public LoginThrottle(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** When the name may try again, if it is locked now (whatever the address). */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String login) {
    return lockOf(userKey(login));
  }

  /**
   * When this sign-in may be tried again, if it is refused now: the address is locked, or the name
   * is locked and the address has failed before.
   */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String login, String address) {
    Optional<Instant> byAddress = lockOf(addressKey(address));
    if (byAddress.isPresent()) {
      return byAddress;
    }
    Optional<Instant> byName = lockOf(userKey(login));
    return byName.isPresent() && failures(addressKey(address)) > 0 ? byName : Optional.empty();
  }

  /** Counts a failed sign-in against the name and the address. */
  @Transactional
  public void failed(String login, String address) {
    count(userKey(login), USER_FREE_FAILURES);
    count(addressKey(address), ADDRESS_FREE_FAILURES);
  }

  /** The failures on record for a name (0 when none or forgotten). */
  @Transactional(readOnly = true)
  public int failuresOf(String login) {
    return failures(userKey(login));
  }

  /** The failures on record for a client address. */
  @Transactional(readOnly = true)
  public int failuresFrom(String address) {
    return failures(addressKey(address));
  }

  /** A success (or an admin's password reset) clears the name. */
  @Transactional
  public void succeeded(String login) {
    db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.LOGIN_KEY.eq(userKey(login))).execute();
  }

  private void count(String key, int free) {
    Instant now = clock.instant();
    Instant forgotten = now.minus(FORGET_AFTER);
    // one statement: the row stays locked until commit, so parallel failures queue and each counts
    int failures =
        db.insertInto(LOGIN_THROTTLE)
            .set(LOGIN_THROTTLE.LOGIN_KEY, key)
            .set(LOGIN_THROTTLE.FAILURES, 1)
            .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
            .onConflict(LOGIN_THROTTLE.LOGIN_KEY)
            .doUpdate()
            .set(
                LOGIN_THROTTLE.FAILURES,
                DSL.when(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(forgotten), DSL.inline(1))
                    .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
            .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
            .returning(LOGIN_THROTTLE.FAILURES)
            .fetchSingle(LOGIN_THROTTLE.FAILURES);
    Duration lock = lockFor(failures, free);
    db.update(LOGIN_THROTTLE)
        .set(LOGIN_THROTTLE.LOCKED_UNTIL, lock.isZero() ? null : now.plus(lock))
        .where(LOGIN_THROTTLE.LOGIN_KEY.eq(key))
        .execute();
  }

  private Optional<Instant> lockOf(String key) {
    Instant now = clock.instant();
    return db.select(LOGIN_THROTTLE.LOCKED_UNTIL)
        .from(LOGIN_THROTTLE)
        .where(LOGIN_THROTTLE.LOGIN_KEY.eq(key))
        .fetchOptional(LOGIN_THROTTLE.LOCKED_UNTIL)
        .filter(t -> t != null && t.isAfter(now));
  }

  private int failures(String key) {
    Instant forgotten = clock.instant().minus(FORGET_AFTER);
    return db.select(LOGIN_THROTTLE.FAILURES)
        .from(LOGIN_THROTTLE)
        .where(LOGIN_THROTTLE.LOGIN_KEY.eq(key))
        .and(LOGIN_THROTTLE.LAST_FAILURE_AT.ge(forgotten))
        .fetchOptional(LOGIN_THROTTLE.FAILURES)
        .orElse(0);
  }

  /** For a name: no lock for the first 4 failures, then 30 s, 60 s, 120 s … up to 15 minutes. */
  static Duration lockFor(int failures) {
    return lockFor(failures, USER_FREE_FAILURES);
  }

  static Duration lockFor(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  private static String userKey(String login) {
    return "user:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "ip:" + (address == null ? "unknown" : address.strip());
  }
}
