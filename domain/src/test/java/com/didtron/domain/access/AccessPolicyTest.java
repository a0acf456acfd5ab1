package com.didtron.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
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
    assertThatCode(() -> AccessPolicy.requireCanView(customer, tenant, own)).doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanView(customer, tenant, other))
        .isInstanceOf(AccessDenied.class).hasMessage("No such account");
  }

  @Test
  void onlyASuperAdminManagesUsers() {
    assertThatCode(() -> AccessPolicy.requireUserAdmin(actor(tenant, Role.SUPER_ADMIN, null))).doesNotThrowAnyException();
    for (Role role : Set.of(Role.FINANCE, Role.ANALYST, Role.AUDITOR)) {
      assertThatThrownBy(() -> AccessPolicy.requireUserAdmin(actor(tenant, role, null)))
          .isInstanceOf(AccessDenied.class).hasMessage("Only a super admin may manage users");
    }
    assertThatThrownBy(() -> AccessPolicy.requireUserAdmin(actor(tenant, Role.CUSTOMER, own)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void staffSeeEveryAccountOfTheirTenantButNoneOfAnother() {
    Actor finance = actor(tenant, Role.FINANCE, null);
    assertThatCode(() -> AccessPolicy.requireCanView(finance, tenant, other)).doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireCanView(finance, otherTenant, other))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void onlySuperAdminsChangeDataOrSwitchTenants() {
    assertThatCode(() -> AccessPolicy.requireAdmin(actor(tenant, Role.SUPER_ADMIN, null)))
        .doesNotThrowAnyException();
    for (Role r : new Role[] {Role.FINANCE, Role.ANALYST, Role.AUDITOR, Role.CUSTOMER, Role.CARRIER}) {
      assertThatThrownBy(() -> AccessPolicy.requireAdmin(actor(tenant, r, own))).isInstanceOf(AccessDenied.class);
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
}
