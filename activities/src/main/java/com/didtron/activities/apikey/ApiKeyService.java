package com.didtron.activities.apikey;

import static com.didtron.activities.db.Tables.API_KEY;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.ApiKeyRecord;
import com.didtron.activities.user.ActiveUsers;
import com.didtron.activities.user.DeactivatedUsers;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.apikey.ApiKey;
import com.didtron.domain.apikey.ApiKeySecret;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: every user manages its own; a super admin (or the {@code didtron admin api-key create}
 * command) may create one for another user of its tenant. Creation and revocation are audited.
 */
@Service
@Facade
public class ApiKeyService implements DeactivatedUsers {
  static final String ENTITY = "api_key";

  private final DSLContext db;
  private final ActiveUsers users;
  private final AuditTrail audit;
  private final Clock clock;

  /** The service outside Spring, on one transaction's {@code db} (the command line). */
  public ApiKeyService(DSLContext db, AuditTrail audit, Clock clock) {
    this(db, ActiveUsers.over(db), audit, clock);
  }

  @Autowired
  public ApiKeyService(DSLContext db, ActiveUsers users, AuditTrail audit, Clock clock) {
    this.db = db;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new key for the signed-in user. */
  @Transactional
  public CreatedApiKey create(Actor actor, String name) {
    return create(actor, ApiKeyRequest.named(name));
  }

  /** A new key for the signed-in user, with an optional expiry and scope. */
  @Transactional
  public CreatedApiKey create(Actor actor, ApiKeyRequest request) {
    if (actor.userId() == null) {
      throw new AccessDenied("Only a signed-in user has API keys");
    }
    return insert(actor, actor.userId(), actor.tenantId(), request);
  }

  /**
   * A new key for the user with {@code email} (super admins, within their tenant; the CLI as
   * system).
   */
  @Transactional
  public CreatedApiKey createFor(Actor actor, String email, String name) {
    return createFor(actor, email, ApiKeyRequest.named(name));
  }

  /** As {@link #createFor(Actor, String, String)}, with an optional expiry and scope. */
  @Transactional
  public CreatedApiKey createFor(Actor actor, String email, ApiKeyRequest request) {
    AccessPolicy.requireSuperAdmin(actor);
    ActiveUsers.Active user =
        users.byEmail(email).orElseThrow(() -> new AccessDenied("No active user " + email));
    TenantId tenant = user.tenant();
    if (actor.userId() != null && !tenant.equals(actor.tenantId())) {
      throw new AccessDenied("No active user " + email);
    }
    return insert(actor, user.id(), tenant, request);
  }

  /**
   * Revokes every active key of a user (it was disabled or deleted; the caller has checked the
   * actor may). Each revocation is audited.
   */
  @Override
  @Transactional
  public void deactivated(Actor actor, UserId user) {
    revokeAllOf(actor, user);
  }

  @Transactional
  public void revokeAllOf(Actor actor, UserId user) {
    for (ApiKeyRecord r :
        db.selectFrom(API_KEY)
            .where(API_KEY.USER_ID.eq(user.value()))
            .and(API_KEY.REVOKED_AT.isNull())
            .forUpdate()
            .fetch()) {
      revoke(actor, r);
    }
  }

  @Transactional(readOnly = true)
  public List<ApiKey> mine(Actor actor) {
    if (actor.userId() == null) {
      return List.of();
    }
    return db.selectFrom(API_KEY)
        .where(API_KEY.USER_ID.eq(actor.userId().value()))
        .orderBy(API_KEY.CREATED_AT.desc())
        .fetch(ApiKeyService::toKey);
  }

  /** Revokes one of the actor's own keys (super admins: any key of their tenant). */
  @Transactional
  public ApiKey revoke(Actor actor, UUID id) {
    ApiKeyRecord r =
        db.selectFrom(API_KEY)
            .where(API_KEY.ID.eq(id))
            .forUpdate()
            .fetchOptional()
            .orElseThrow(() -> new AccessDenied("No such API key"));
    boolean own = actor.userId() != null && actor.userId().value().equals(r.getUserId());
    boolean admin = actor.has(Role.SUPER_ADMIN) && actor.tenantId().value().equals(r.getTenantId());
    if (!own && !admin) {
      throw new AccessDenied("No such API key");
    }
    if (r.getRevokedAt() == null) {
      revoke(actor, r);
    }
    return toKey(r);
  }

  private void revoke(Actor actor, ApiKeyRecord r) {
    Map<String, Object> before = snapshot(toKey(r));
    r.setRevokedAt(clock.instant());
    r.setRevokedBy(actor.name());
    r.store();
    audit.record(
        actor,
        new TenantId(r.getTenantId()),
        AuditAction.UPDATE,
        ENTITY,
        r.getId().toString(),
        before,
        snapshot(toKey(r)));
  }

  private CreatedApiKey insert(Actor actor, UserId user, TenantId tenant, ApiKeyRequest request) {
    String name = request.name();
    String label = name == null || name.isBlank() ? "API key" : name.strip();
    if (label.length() > 80) {
      throw new IllegalArgumentException("The key's name is longer than 80 characters");
    }
    if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
      throw new IllegalArgumentException("The key's expiry must be in the future");
    }
    ApiKeySecret secret = ApiKeySecret.generate();
    ApiKeyRecord r = db.newRecord(API_KEY);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setUserId(user.value());
    r.setName(label);
    r.setPrefix(secret.prefix());
    r.setKeyHash(secret.hash());
    r.setCreatedAt(clock.instant());
    r.setCreatedBy(actor.name());
    r.setExpiresAt(request.expiresAt());
    r.setReadOnly(request.readOnly());
    r.store();
    ApiKey key = toKey(r);
    audit.record(
        actor, tenant, AuditAction.CREATE, ENTITY, key.id().toString(), null, snapshot(key));
    return new CreatedApiKey(key, secret.value());
  }

  static Map<String, Object> snapshot(ApiKey k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("userId", k.userId().toString());
    m.put("name", k.name());
    m.put("prefix", k.prefix());
    m.put("revokedAt", k.revokedAt() == null ? null : k.revokedAt().toString());
    m.put("expiresAt", k.expiresAt() == null ? null : k.expiresAt().toString());
    m.put("readOnly", k.readOnly());
    return m;
  }

  static ApiKey toKey(ApiKeyRecord r) {
    return new ApiKey(
        r.getId(),
        new UserId(r.getUserId()),
        r.getName(),
        r.getPrefix(),
        r.getCreatedAt(),
        r.getLastUsedAt(),
        r.getRevokedAt(),
        r.getExpiresAt(),
        r.getReadOnly());
  }
}
