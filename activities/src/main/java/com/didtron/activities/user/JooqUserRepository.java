package com.didtron.activities.user;

import static com.didtron.activities.db.Tables.APP_USER;

import com.didtron.activities.db.tables.records.AppUserRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.ThemePreference;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class JooqUserRepository {
  private final DSLContext db;

  JooqUserRepository(DSLContext db) {
    this.db = db;
  }

  /** A live user by login email, with its password hash for authentication. */
  Optional<UserWithSecret> byEmail(String email) {
    return db.selectFrom(APP_USER)
        .where(DSL.lower(APP_USER.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
        .and(APP_USER.DELETED_AT.isNull())
        .fetchOptional(r -> new UserWithSecret(toUser(r), r.getPasswordHash()));
  }

  Optional<User> get(UserId id) {
    return db.selectFrom(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchOptional(JooqUserRepository::toUser);
  }

  boolean emailTaken(String email) {
    return db.fetchExists(
        APP_USER,
        DSL.lower(APP_USER.EMAIL)
            .eq(email.strip().toLowerCase(Locale.ROOT))
            .and(APP_USER.DELETED_AT.isNull()));
  }

  boolean anyUser() {
    return db.fetchExists(APP_USER);
  }

  Page<User> find(TenantId tenant, String text, PageRequest page) {
    Condition where = APP_USER.TENANT_ID.eq(tenant.value()).and(APP_USER.DELETED_AT.isNull());
    if (text != null && !text.isBlank()) {
      where =
          where.and(
              APP_USER
                  .EMAIL
                  .containsIgnoreCase(text.strip())
                  .or(APP_USER.DISPLAY_NAME.containsIgnoreCase(text.strip())));
    }
    long total = db.fetchCount(APP_USER, where);
    return new Page<>(
        db.selectFrom(APP_USER)
            .where(where)
            .orderBy(APP_USER.EMAIL)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqUserRepository::toUser),
        total);
  }

  /** A new enabled user; {@code mustChangePassword} when the password is a one-time one. */
  User insert(
      TenantId tenant, UserDraft d, String passwordHash, boolean mustChangePassword, Instant now) {
    Instant at = now;
    AppUserRecord r = db.newRecord(APP_USER);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setEmail(d.email().strip());
    r.setDisplayName(d.displayName().strip());
    r.setPasswordHash(passwordHash);
    r.setRoles(d.roles().stream().map(Role::name).sorted().toArray(String[]::new));
    r.setAccountId(d.accountId() == null ? null : d.accountId().value());
    r.setTheme(ThemePreference.SYSTEM.name());
    r.setEnabled(true);
    r.setMustChangePassword(mustChangePassword);
    r.setVersion(0);
    r.setCreatedAt(at);
    r.setUpdatedAt(at);
    r.store();
    return toUser(r);
  }

  User setTheme(UserId id, ThemePreference theme, Instant now) {
    AppUserRecord r = db.fetchSingle(APP_USER, APP_USER.ID.eq(id.value()));
    r.setTheme(theme.name());
    r.setUpdatedAt(now);
    r.setVersion(r.getVersion() + 1);
    r.store();
    return toUser(r);
  }

  User setDeleted(UserId id, Instant deletedAt, String by, Instant now) {
    AppUserRecord r = db.fetchSingle(APP_USER, APP_USER.ID.eq(id.value()));
    r.setDeletedAt(deletedAt == null ? null : deletedAt);
    r.setDeletedBy(by);
    if (deletedAt != null) {
      r.setSessionsValidAfter(now);
    }
    r.setUpdatedAt(now);
    r.setVersion(r.getVersion() + 1);
    r.store();
    return toUser(r);
  }

  /** Enables or disables; disabling also ends every session signed in until now. */
  User setEnabled(UserId id, boolean enabled, Instant now) {
    AppUserRecord r = db.fetchSingle(APP_USER, APP_USER.ID.eq(id.value()));
    r.setEnabled(enabled);
    if (!enabled) {
      r.setSessionsValidAfter(now);
    }
    r.setUpdatedAt(now);
    r.setVersion(r.getVersion() + 1);
    r.store();
    return toUser(r);
  }

  void touchLogin(UserId id, Instant now) {
    db.update(APP_USER)
        .set(APP_USER.LAST_LOGIN_AT, now)
        .where(APP_USER.ID.eq(id.value()))
        .execute();
  }

  static User toUser(AppUserRecord r) {
    Set<Role> roles = Arrays.stream(r.getRoles()).map(Role::valueOf).collect(Collectors.toSet());
    return new User(
        new UserId(r.getId()),
        new TenantId(r.getTenantId()),
        r.getEmail(),
        r.getDisplayName(),
        roles,
        r.getAccountId() == null ? null : new AccountId(r.getAccountId()),
        ThemePreference.valueOf(r.getTheme()),
        r.getEnabled(),
        r.getCreatedAt(),
        r.getLastLoginAt(),
        r.getDeletedAt());
  }

  /** A user together with its password hash; never leaves the security layer. */
  record UserWithSecret(User user, String passwordHash) {}
}
