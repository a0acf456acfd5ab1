package com.didtron.activities.user;

import static com.didtron.activities.db.Tables.APP_USER;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The credential side of users: password hashes, one-time passwords, TOTP secrets, 2FA policy. */
@Repository
class JooqCredentialRepository {
  private final DSLContext db;
  private final Accounts accounts;
  private final Tenants tenants;

  JooqCredentialRepository(DSLContext db, Accounts accounts, Tenants tenants) {
    this.db = db;
    this.accounts = accounts;
    this.tenants = tenants;
  }

  Optional<SignInState> state(UserId id) {
    return db.select(APP_USER.asterisk())
        .from(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchOptional(
            r -> {
              var user = JooqUserRepository.toUser(r.into(APP_USER));
              boolean staff = user.roles().stream().anyMatch(role -> !role.isPortalRole());
              Instant validAfter = r.get(APP_USER.SESSIONS_VALID_AFTER);
              return new SignInState(
                  user,
                  r.get(APP_USER.MUST_CHANGE_PASSWORD),
                  validAfter,
                  r.get(APP_USER.TOTP_ENABLED),
                  staff && tenants.staffTwoFactorRequired(user.tenantId()));
            });
  }

  String passwordHash(UserId id) {
    return db.select(APP_USER.PASSWORD_HASH)
        .from(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchSingle(APP_USER.PASSWORD_HASH);
  }

  /**
   * A new password hash. A one-time password ({@code mustChange}) also ends the user's sessions; a
   * password the user chose itself keeps the session it chose it in.
   */
  void setPassword(UserId id, String hash, boolean mustChange, Instant now) {
    Instant at = now;
    var update =
        db.update(APP_USER)
            .set(APP_USER.PASSWORD_HASH, hash)
            .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
            .set(APP_USER.UPDATED_AT, at)
            .set(APP_USER.VERSION, APP_USER.VERSION.plus(1));
    if (mustChange) {
      update = update.set(APP_USER.SESSIONS_VALID_AFTER, at);
    }
    update.where(APP_USER.ID.eq(id.value())).execute();
  }

  Optional<String> totpSecret(UserId id) {
    return db.select(APP_USER.TOTP_SECRET)
        .from(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchOptional(APP_USER.TOTP_SECRET);
  }

  /** Stores a secret being enrolled (not yet in force) or turns TOTP off ({@code secret} null). */
  void setTotp(UserId id, String secret, boolean enabled, Instant now) {
    db.update(APP_USER)
        .set(APP_USER.TOTP_SECRET, secret)
        .set(APP_USER.TOTP_ENABLED, enabled)
        .set(APP_USER.TOTP_LAST_STEP, (Long) null)
        .set(APP_USER.UPDATED_AT, now)
        .where(APP_USER.ID.eq(id.value()))
        .execute();
  }

  /**
   * Accepts a code's time step once: true only if no code of this or a later step was accepted
   * before (one atomic UPDATE, so two parallel sign-ins with one code cannot both pass).
   */
  boolean acceptStep(UserId id, long step) {
    return db.update(APP_USER)
            .set(APP_USER.TOTP_LAST_STEP, step)
            .where(APP_USER.ID.eq(id.value()))
            .and(APP_USER.TOTP_LAST_STEP.isNull().or(APP_USER.TOTP_LAST_STEP.lt(step)))
            .execute()
        == 1;
  }

  boolean staffTwoFactorRequired(TenantId tenant) {
    return tenants.staffTwoFactorRequired(tenant);
  }

  void setStaffTwoFactorRequired(TenantId tenant, boolean required, Instant now) {
    tenants.setStaffTwoFactorRequired(tenant, required, now);
  }

  Optional<TenantId> liveTenantByCode(String code) {
    return tenants.liveByCode(code);
  }

  /** The tenant of a live account, if it exists. */
  Optional<TenantId> accountTenant(AccountId account) {
    return accounts.find(account).filter(a -> !a.isDeleted()).map(Account::tenantId);
  }
}
