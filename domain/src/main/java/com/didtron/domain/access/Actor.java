package com.didtron.domain.access;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whoever performs an action: a signed-in user acting in a tenant, or the platform itself (a
 * workflow, a scheduled job). Every service call carries one; the audit log records its name.
 *
 * @param userId the user, or {@code null} for the system
 * @param name what the audit log shows: the user's email or {@code system:<job>}
 * @param tenantId the tenant the actor works in (a super admin may switch it)
 * @param roles what the actor may do
 * @param accountId the own account of a customer or carrier user
 */
public record Actor(
    UserId userId, String name, TenantId tenantId, Set<Role> roles, AccountId accountId) {

  public Actor {
    Objects.requireNonNull(name, "name");
    roles = Set.copyOf(roles);
  }

  /** The platform acting on its own, e.g. the retention purge; it holds every staff right. */
  public static Actor system(String job, TenantId tenantId) {
    return new Actor(null, "system:" + job, tenantId, Set.of(Role.SUPER_ADMIN), null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** A super admin, or a tenant admin of the tenant the actor works in. */
  public boolean isAdmin() {
    return has(Role.SUPER_ADMIN) || has(Role.TENANT_ADMIN);
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(r -> !r.isPortalRole());
  }

  public Optional<AccountId> ownAccount() {
    return Optional.ofNullable(accountId);
  }

  /** The same actor working in another tenant (super admins only; see {@link AccessPolicy}). */
  public Actor inTenant(TenantId other) {
    return new Actor(userId, name, other, roles, accountId);
  }
}
