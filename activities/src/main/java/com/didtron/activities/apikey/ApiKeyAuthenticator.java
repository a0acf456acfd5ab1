package com.didtron.activities.apikey;

import static com.didtron.activities.db.Tables.API_KEY;

import com.didtron.activities.db.tables.records.ApiKeyRecord;
import com.didtron.activities.security.DidtronPrincipal;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.apikey.ApiKeySecret;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user behind a presented API key: an unexpired, unrevoked key of an enabled, live user.
 * Marks the key as used at most once a minute (so a busy client does not write on every request).
 */
@Service
public class ApiKeyAuthenticator {
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final DSLContext db;
  private final UserLogins logins;
  private final Clock clock;

  ApiKeyAuthenticator(DSLContext db, UserLogins logins, Clock clock) {
    this.db = db;
    this.logins = logins;
    this.clock = clock;
  }

  @Transactional
  public Optional<AuthenticatedKey> authenticate(String presented) {
    if (presented == null || !presented.startsWith("dtk_") || presented.length() > 200) {
      return Optional.empty();
    }
    Optional<ApiKeyRecord> key =
        db.selectFrom(API_KEY)
            .where(API_KEY.KEY_HASH.eq(ApiKeySecret.hash(presented.strip())))
            .and(API_KEY.REVOKED_AT.isNull())
            .and(API_KEY.EXPIRES_AT.isNull().or(API_KEY.EXPIRES_AT.gt(clock.instant())))
            .fetchOptional();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<AuthenticatedKey> principal =
        logins
            .reload(new UserId(key.get().getUserId()))
            .filter(u -> u.enabled() && !u.isDeleted())
            .map(u -> new AuthenticatedKey(new DidtronPrincipal(u, null), key.get().getReadOnly()));
    principal.ifPresent(p -> touch(key.get()));
    return principal;
  }

  private void touch(ApiKeyRecord key) {
    Instant now = clock.instant();
    if (key.getLastUsedAt() == null || key.getLastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
      db.update(API_KEY).set(API_KEY.LAST_USED_AT, now).where(API_KEY.ID.eq(key.getId())).execute();
    }
  }
}
