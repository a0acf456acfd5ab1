package com.didtron.activities.tenant;

import com.didtron.activities.Facade;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The tenant feature as other features see it: the only way to read or write the {@code tenant}
 * table from outside this package. Trusted internal calls; the caller has checked the actor ({@link
 * TenantService} is the checked one the portal uses).
 */
@Facade
public interface Tenants {
  /** A tenant, deleted or not (brand names on documents). */
  Optional<Tenant> find(TenantId id);

  /** The live (not deleted) tenants. */
  List<Tenant> live();

  /** A live tenant by its code. */
  Optional<TenantId> liveByCode(String code);

  /** Whether the tenant's staff must sign in with a second factor. */
  boolean staffTwoFactorRequired(TenantId id);

  /** Stores whether the tenant's staff must use a second factor; the caller audits the change. */
  void setStaffTwoFactorRequired(TenantId id, boolean required, Instant now);

  /** Creates a tenant; the caller audits it. */
  TenantId create(String code, String name, CurrencyCode baseCurrency, Instant now);

  /** The façade outside Spring, on one transaction's {@code db} (the command line). */
  static Tenants over(DSLContext db) {
    return new JooqTenants(db);
  }
}
