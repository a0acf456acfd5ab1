package com.didtron.activities.signup;

import static com.didtron.activities.db.Tables.SIGNUP;

import com.didtron.activities.db.tables.records.SignupRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqSignups {
  private final DSLContext db;

  JooqSignups(DSLContext db) {
    this.db = db;
  }

  /** A new sign-up row as the form gave it. */
  record NewSignup(
      TenantId tenant,
      AccountId account,
      UserId user,
      String email,
      String name,
      String country,
      CategoryId category,
      String clientIp) {}

  Signup insert(NewSignup n, String tokenHash, Instant expires, Instant now) {
    SignupRecord r = db.newRecord(SIGNUP);
    r.setId(UUID.randomUUID());
    r.setTenantId(n.tenant().value());
    r.setAccountId(n.account().value());
    r.setUserId(n.user().value());
    r.setEmail(n.email());
    r.setName(n.name());
    r.setCountry(n.country());
    r.setCategoryId(n.category().value());
    r.setState(SignupState.AWAITING_EMAIL.name());
    r.setTokenHash(tokenHash);
    r.setTokenExpiresAt(expires);
    r.setClientIp(n.clientIp());
    r.setCreatedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return toSignup(r);
  }

  int recentFrom(String clientIp, Instant since) {
    return db.fetchCount(SIGNUP, SIGNUP.CLIENT_IP.eq(clientIp).and(SIGNUP.CREATED_AT.ge(since)));
  }

  /** The sign-up a token belongs to, locked for the rest of the transaction. */
  Optional<SignupRecord> byTokenForUpdate(String tokenHash) {
    return db.selectFrom(SIGNUP).where(SIGNUP.TOKEN_HASH.eq(tokenHash)).forUpdate().fetchOptional();
  }

  Optional<SignupRecord> forUpdate(TenantId tenant, UUID id) {
    return db.selectFrom(SIGNUP)
        .where(SIGNUP.ID.eq(id))
        .and(SIGNUP.TENANT_ID.eq(tenant.value()))
        .forUpdate()
        .fetchOptional();
  }

  Optional<Signup> get(TenantId tenant, UUID id) {
    return db.selectFrom(SIGNUP)
        .where(SIGNUP.ID.eq(id))
        .and(SIGNUP.TENANT_ID.eq(tenant.value()))
        .fetchOptional(JooqSignups::toSignup);
  }

  List<Signup> list(TenantId tenant, SignupState state, int limit) {
    Condition where = SIGNUP.TENANT_ID.eq(tenant.value());
    if (state != null) {
      where = where.and(SIGNUP.STATE.eq(state.name()));
    }
    return db.selectFrom(SIGNUP)
        .where(where)
        .orderBy(SIGNUP.CREATED_AT.desc(), SIGNUP.ID)
        .limit(limit)
        .fetch(JooqSignups::toSignup);
  }

  void newToken(SignupRecord r, String tokenHash, Instant expires, Instant now) {
    r.setTokenHash(tokenHash);
    r.setTokenExpiresAt(expires);
    r.setUpdatedAt(now);
    r.store();
  }

  Signup verified(SignupRecord r, Instant now) {
    r.setState(SignupState.valueOf(r.getState()).verify().name());
    r.setTokenHash(null);
    r.setTokenExpiresAt(null);
    r.setVerifiedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return toSignup(r);
  }

  Signup moved(SignupRecord r, SignupState to, String by, String rule, String reason, Instant now) {
    r.setState(to.name());
    if (to.isDecided()) {
      r.setDecidedAt(now);
      r.setDecidedBy(by);
    }
    r.setDecisionRule(rule);
    r.setReason(reason);
    r.setUpdatedAt(now);
    r.store();
    return toSignup(r);
  }

  static Signup toSignup(SignupRecord r) {
    return new Signup(
        r.getId(),
        new TenantId(r.getTenantId()),
        r.getAccountId() == null ? null : new AccountId(r.getAccountId()),
        r.getEmail(),
        r.getName(),
        r.getCountry(),
        new CategoryId(r.getCategoryId()),
        SignupState.valueOf(r.getState()),
        r.getCreatedAt(),
        r.getVerifiedAt(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getDecisionRule(),
        r.getReason());
  }

  static UserId userOf(SignupRecord r) {
    return r.getUserId() == null ? null : new UserId(r.getUserId());
  }
}
