package com.didtron.activities.tenant;

import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.TenantRecord;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants (white-label brands). Super admins may list them all and switch between them. */
@Service
@Facade
public class TenantService {
  private final DSLContext db;

  public TenantService(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public Optional<Tenant> get(TenantId id) {
    return db.selectFrom(TENANT)
        .where(TENANT.ID.eq(id.value()).and(TENANT.DELETED_AT.isNull()))
        .fetchOptional(TenantService::toTenant);
  }

  /** The tenants an actor may work in: all for a super admin, else its own. */
  @Transactional(readOnly = true)
  public List<Tenant> selectable(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN)) {
      return get(actor.tenantId()).stream().toList();
    }
    return db.selectFrom(TENANT)
        .where(TENANT.DELETED_AT.isNull())
        .orderBy(TENANT.NAME)
        .fetch(TenantService::toTenant);
  }

  /** The actor moved into another tenant, after checking it may. */
  @Transactional(readOnly = true)
  public Actor switchTo(Actor actor, TenantId target) {
    if (target.equals(actor.tenantId())) {
      return actor;
    }
    AccessPolicy.requireCanSwitchTenant(actor);
    get(target).orElseThrow(() -> new IllegalArgumentException("No such tenant"));
    return actor.inTenant(target);
  }

  static Tenant toTenant(TenantRecord r) {
    return new Tenant(
        new TenantId(r.getId()), r.getCode(), r.getName(), new CurrencyCode(r.getBaseCurrency()));
  }
}
