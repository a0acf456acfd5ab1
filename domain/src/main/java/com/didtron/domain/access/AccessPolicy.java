package com.didtron.domain.access;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what, in one place. Services call these checks on every request, whatever screen or
 * API the request came from; views only hide what the server refuses anyway.
 */
public final class AccessPolicy {
  private static final Set<Role> STAFF_READERS =
      EnumSet.of(Role.SUPER_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR);

  private AccessPolicy() {}

  /** Creating, changing, deleting and restoring accounts and users. */
  public static void requireAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN)) {
      throw new AccessDenied("Only a super admin may do this");
    }
  }

  /**
   * Managing users (list, create, disable, enable, reset a password) through the users API and CLI.
   * Super admins only for now; the one check to widen for tenant-scoped administrators.
   */
  public static void requireUserAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN)) {
      throw new AccessDenied("Only a super admin may manage users");
    }
  }

  /** Lists of all accounts of a tenant: staff only. */
  public static void requireStaff(Actor actor) {
    if (actor.roles().stream().noneMatch(STAFF_READERS::contains)) {
      throw new AccessDenied("This is for staff only");
    }
  }

  /** Reading the audit log: super admins and auditors. */
  public static void requireAuditReader(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.AUDITOR)) {
      throw new AccessDenied("Only super admins and auditors may read the audit log");
    }
  }

  /**
   * Reading one account: staff of the account's tenant, or a portal user of that very account. A
   * refusal reads the same whether or not the account exists.
   */
  public static void requireCanView(Actor actor, TenantId accountTenant, AccountId account) {
    if (!actor.tenantId().equals(accountTenant)) {
      throw new AccessDenied("No such account");
    }
    if (actor.isStaff()) {
      return;
    }
    if (actor.ownAccount().map(account::equals).orElse(false)) {
      return;
    }
    throw new AccessDenied("No such account");
  }

  /** Switching the working tenant: super admins only; others stay in their own tenant. */
  public static void requireCanSwitchTenant(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN)) {
      throw new AccessDenied("Only a super admin may switch tenants");
    }
  }
}
