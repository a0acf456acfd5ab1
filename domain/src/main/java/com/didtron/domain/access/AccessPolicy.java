package com.didtron.domain.access;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what, in one place. Services call these checks on every request, whatever screen or
 * API the request came from; views only hide what the server refuses anyway.
 *
 * <p>Tenancy is the caller's: services act in {@link Actor#tenantId()}, which only a super admin
 * can move. A tenant admin therefore administers exactly its own tenant.
 */
public final class AccessPolicy {
  private static final Set<Role> STAFF_READERS =
      EnumSet.of(Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR);

  private AccessPolicy() {}

  /**
   * Creating, changing, deleting and restoring accounts and users of the actor's tenant: super
   * admins and tenant admins.
   */
  public static void requireAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.TENANT_ADMIN)) {
      throw new AccessDenied("Only a super admin or a tenant admin may do this");
    }
  }

  /**
   * Platform-wide work (retention, the outbox of every tenant, keys for any user): super admins.
   */
  public static void requireSuperAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN)) {
      throw new AccessDenied("Only a super admin may do this");
    }
  }

  /**
   * Giving roles to a user: a tenant admin may give every role but super admin; a super admin any.
   */
  public static void requireCanGrant(Actor actor, Collection<Role> roles) {
    requireAdmin(actor);
    if (roles.contains(Role.SUPER_ADMIN) && !actor.has(Role.SUPER_ADMIN)) {
      throw new AccessDenied("Only a super admin may create or change super admins");
    }
  }

  /**
   * Changing or deleting a user: an admin of the user's tenant; a super admin's account is changed
   * by super admins only. A refusal for another tenant reads as if the user did not exist.
   */
  public static void requireCanManageUser(
      Actor actor, TenantId userTenant, Collection<Role> userRoles) {
    requireAdmin(actor);
    if (!actor.tenantId().equals(userTenant)) {
      throw new AccessDenied("No such user");
    }
    requireCanGrant(actor, userRoles);
  }

  /**
   * Managing users (list, create, disable, enable, reset a password) through the portal, the users
   * API and the CLI: super admins, and tenant admins for the users of their own tenant (services
   * act in the actor's tenant; {@link #requireCanManageUser} and {@link #requireCanGrant} guard
   * each user).
   */
  public static void requireUserAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.TENANT_ADMIN)) {
      throw new AccessDenied("Only a super admin or a tenant admin may manage users");
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
   * Reading one workflow run's history: auditors and super admins of the run's tenant; runs of the
   * platform itself (no tenant) only super admins. A refusal reads the same whether or not the run
   * exists.
   *
   * @param runTenant the tenant the run worked for, or null for platform-wide work
   */
  public static void requireCanReadWorkflow(Actor actor, TenantId runTenant) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.AUDITOR)) {
      throw new AccessDenied("Only super admins and auditors may read workflow histories");
    }
    boolean visible =
        runTenant == null ? actor.has(Role.SUPER_ADMIN) : runTenant.equals(actor.tenantId());
    if (!visible) {
      throw new AccessDenied("No such workflow run");
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
