package com.didtron.activities.tenant;

import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@link Tenants} over the {@code tenant} table. */
@Component
class JooqTenants implements Tenants {
  private final DSLContext db;

  JooqTenants(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return db.selectFrom(TENANT)
        .where(TENANT.ID.eq(id.value()))
        .fetchOptional(TenantService::toTenant);
  }

  @Override
  public List<Tenant> live() {
    return db.selectFrom(TENANT).where(TENANT.DELETED_AT.isNull()).fetch(TenantService::toTenant);
  }

  @Override
  public Optional<TenantId> liveByCode(String code) {
    return db.select(TENANT.ID)
        .from(TENANT)
        .where(TENANT.CODE.eq(code))
        .and(TENANT.DELETED_AT.isNull())
        .fetchOptional(r -> new TenantId(r.value1()));
  }

  @Override
  public boolean staffTwoFactorRequired(TenantId id) {
    return db.select(TENANT.STAFF_TWO_FACTOR_REQUIRED)
        .from(TENANT)
        .where(TENANT.ID.eq(id.value()))
        .fetchSingle(TENANT.STAFF_TWO_FACTOR_REQUIRED);
  }

  @Override
  public void setStaffTwoFactorRequired(TenantId id, boolean required, Instant now) {
    db.update(TENANT)
        .set(TENANT.STAFF_TWO_FACTOR_REQUIRED, required)
        .set(TENANT.UPDATED_AT, now)
        .where(TENANT.ID.eq(id.value()))
        .execute();
  }

  @Override
  public TenantId create(String code, String name, CurrencyCode baseCurrency, Instant now) {
    UUID id = UUID.randomUUID();
    var at = now;
    db.insertInto(TENANT)
        .set(TENANT.ID, id)
        .set(TENANT.CODE, code)
        .set(TENANT.NAME, name)
        .set(TENANT.BASE_CURRENCY, baseCurrency.code())
        .set(TENANT.CREATED_AT, at)
        .set(TENANT.UPDATED_AT, at)
        .execute();
    return new TenantId(id);
  }
}
