package com.didtron.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private final TenantId tenant = new TenantId(UUID.randomUUID());
  private final TenantId otherTenant = new TenantId(UUID.randomUUID());
  private final AccountId own = new AccountId(UUID.randomUUID());
  private final AccountId other = new AccountId(UUID.randomUUID());

  private Actor actor(TenantId t, Role role, AccountId account) {
    return new Actor(new UserId(UUID.randomUUID()), "someone", t, Set.of(role), account);
  }

  @Test
  void aCustomerSeesItsOwnAccountOnly() {
    Actor customer = actor(tenant, Role.CUSTOMER, own);
    assertThatCode(() -> AccessPolicy.requireCanView(customer, tenant, own))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanView(customer, tenant, other))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such account");
  }

  @Test
  void onlySuperAdminsAndTenantAdminsManageUsers() {
    assertThatCode(() -> AccessPolicy.requireUserAdmin(actor(tenant, Role.SUPER_ADMIN, null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireUserAdmin(actor(tenant, Role.TENANT_ADMIN, null)))
        .doesNotThrowAnyException();
    for (Role role : Set.of(Role.FINANCE, Role.ANALYST, Role.AUDITOR)) {
      assertThatThrownBy(() -> AccessPolicy.requireUserAdmin(actor(tenant, role, null)))
          .isInstanceOf(AccessDenied.class)
          .hasMessage("Only a super admin or a tenant admin may manage users");
    }
    assertThatThrownBy(() -> AccessPolicy.requireUserAdmin(actor(tenant, Role.CUSTOMER, own)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void staffSeeEveryAccountOfTheirTenantButNoneOfAnother() {
    Actor finance = actor(tenant, Role.FINANCE, null);
    assertThatCode(() -> AccessPolicy.requireCanView(finance, tenant, other))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanView(finance, otherTenant, other))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void onlySuperAdminsChangeDataOrSwitchTenants() {
    assertThatCode(() -> AccessPolicy.requireAdmin(actor(tenant, Role.SUPER_ADMIN, null)))
        .doesNotThrowAnyException();
    for (Role r :
        new Role[] {Role.FINANCE, Role.ANALYST, Role.AUDITOR, Role.CUSTOMER, Role.CARRIER}) {
      assertThatThrownBy(() -> AccessPolicy.requireAdmin(actor(tenant, r, own)))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> AccessPolicy.requireCanSwitchTenant(actor(tenant, r, own)))
          .isInstanceOf(AccessDenied.class);
    }
  }

  @Test
  void onlyAdminsAndAuditorsReadTheAuditLog() {
    assertThatCode(() -> AccessPolicy.requireAuditReader(actor(tenant, Role.AUDITOR, null)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireAuditReader(actor(tenant, Role.ANALYST, null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> AccessPolicy.requireStaff(actor(tenant, Role.CARRIER, own)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void aTenantAdminAdministersItsTenantButCannotSwitchTenantsOrDoPlatformWork() {
    Actor tenantAdmin = actor(tenant, Role.TENANT_ADMIN, null);
    assertThatCode(() -> AccessPolicy.requireAdmin(tenantAdmin)).doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireStaff(tenantAdmin)).doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireCanView(tenantAdmin, tenant, other))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanView(tenantAdmin, otherTenant, other))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such account");
    assertThatThrownBy(() -> AccessPolicy.requireCanSwitchTenant(tenantAdmin))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Only a super admin may switch tenants");
    assertThatThrownBy(() -> AccessPolicy.requireSuperAdmin(tenantAdmin))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Only a super admin may do this");
  }

  @Test
  void aTenantAdminGrantsEveryRoleButSuperAdmin() {
    Actor tenantAdmin = actor(tenant, Role.TENANT_ADMIN, null);
    assertThatCode(
            () ->
                AccessPolicy.requireCanGrant(
                    tenantAdmin,
                    List.of(
                        Role.TENANT_ADMIN,
                        Role.FINANCE,
                        Role.ANALYST,
                        Role.AUDITOR,
                        Role.CUSTOMER)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AccessPolicy.requireCanGrant(tenantAdmin, List.of(Role.FINANCE, Role.SUPER_ADMIN)))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Only a super admin may create or change super admins");
    assertThatCode(
            () ->
                AccessPolicy.requireCanGrant(
                    actor(tenant, Role.SUPER_ADMIN, null), List.of(Role.SUPER_ADMIN)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AccessPolicy.requireCanGrant(
                    actor(tenant, Role.FINANCE, null), List.of(Role.ANALYST)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void aTenantAdminManagesUsersOfItsTenantOnlyAndNoSuperAdmin() {
    Actor tenantAdmin = actor(tenant, Role.TENANT_ADMIN, null);
    assertThatCode(
            () -> AccessPolicy.requireCanManageUser(tenantAdmin, tenant, List.of(Role.FINANCE)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AccessPolicy.requireCanManageUser(tenantAdmin, otherTenant, List.of(Role.FINANCE)))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such user");
    assertThatThrownBy(
            () -> AccessPolicy.requireCanManageUser(tenantAdmin, tenant, List.of(Role.SUPER_ADMIN)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void auditorsReadWorkflowHistoriesOfTheirTenantOnlyAndPlatformRunsAreForSuperAdmins() {
    Actor auditor = actor(tenant, Role.AUDITOR, null);
    assertThatCode(() -> AccessPolicy.requireCanReadWorkflow(auditor, tenant))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanReadWorkflow(auditor, otherTenant))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such workflow run");
    assertThatThrownBy(() -> AccessPolicy.requireCanReadWorkflow(auditor, null))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such workflow run");
    assertThatCode(
            () -> AccessPolicy.requireCanReadWorkflow(actor(tenant, Role.SUPER_ADMIN, null), null))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                AccessPolicy.requireCanReadWorkflow(actor(tenant, Role.TENANT_ADMIN, null), tenant))
        .isInstanceOf(AccessDenied.class);
  }
}
