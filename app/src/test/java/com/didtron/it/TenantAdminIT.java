package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.tenant.TenantService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A tenant admin runs the accounts and users of its own brand, and nothing beyond it. */
class TenantAdminIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired AccountService accounts;
  @Autowired UserService users;
  @Autowired TenantService tenants;
  @Autowired RetentionService retention;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;

  private TenantId brand;
  private Actor tenantAdmin;

  @BeforeEach
  void aBrandWithItsTenantAdmin() {
    brand = fixtures.tenant(Fixtures.unique("brand").toLowerCase());
    String email = Fixtures.unique("tadmin") + "@example.test";
    users.create(
        admin().inTenant(brand),
        new UserDraft(email, "Brand admin", Set.of(Role.TENANT_ADMIN), null));
    tenantAdmin = actorOf(email);
  }

  @Test
  void aTenantAdminCreatesChangesAndDeletesAccountsAndUsersOfItsOwnTenant() {
    Account created = fixtures.account(tenantAdmin, Fixtures.unique("BrandCo"));
    assertThat(created.tenantId()).isEqualTo(brand);
    AccountChange renamed =
        accounts.update(
            tenantAdmin,
            created.id(),
            created.version(),
            created.toDraft().withName(created.name() + " Ltd"));
    assertThat(renamed).isInstanceOf(AccountChange.Saved.class);
    assertThat(accounts.delete(tenantAdmin, created.id()).isDeleted()).isTrue();

    UserChange financeUser =
        users.create(
            tenantAdmin,
            new UserDraft(
                Fixtures.unique("fin") + "@example.test",
                "Brand finance",
                Set.of(Role.FINANCE),
                null));
    User finance = ((UserChange.Created) financeUser).user();
    assertThat(finance.tenantId()).isEqualTo(brand);
    assertThat(users.find(tenantAdmin, null, PageRequest.first(100)).rows())
        .extracting(User::tenantId)
        .containsOnly(brand);
    assertThat(users.delete(tenantAdmin, finance.id()).isDeleted()).isTrue();
  }

  @Test
  void aTenantAdminCannotCreateSuperAdminsNorTouchSuperAdminsOrAnotherTenant() {
    assertThatThrownBy(
            () ->
                users.create(
                    tenantAdmin,
                    new UserDraft(
                        Fixtures.unique("boss") + "@example.test",
                        "Boss",
                        Set.of(Role.SUPER_ADMIN),
                        null)))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Only a super admin may create or change super admins");

    String brandSuper = Fixtures.unique("brandsuper") + "@example.test";
    users.create(
        admin().inTenant(brand),
        new UserDraft(brandSuper, "Brand super", Set.of(Role.SUPER_ADMIN), null));
    assertThatThrownBy(() -> users.delete(tenantAdmin, actorOf(brandSuper).userId()))
        .isInstanceOf(AccessDenied.class);

    Account platformAccount = fixtures.account(admin(), Fixtures.unique("PlatformCo"));
    User platformUser =
        users.get(admin(), actorOf(fixtures.staffUser(admin(), Role.ANALYST)).userId());
    assertThatThrownBy(() -> accounts.get(tenantAdmin, platformAccount.id()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such account");
    assertThatThrownBy(() -> accounts.delete(tenantAdmin, platformAccount.id()))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> users.delete(tenantAdmin, platformUser.id()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such user");
    assertThat(
            accounts
                .find(
                    tenantAdmin,
                    new AccountFilter(platformAccount.name(), null, false),
                    PageRequest.first(10))
                .rows())
        .isEmpty();
    assertThat(accounts.get(admin(), platformAccount.id()).isDeleted()).isFalse();
  }

  @Test
  void aTenantAdminCannotSwitchTenantsNorDoPlatformWork() {
    assertThat(tenants.selectable(tenantAdmin)).extracting(Tenant::id).containsExactly(brand);
    assertThatThrownBy(() -> tenants.switchTo(tenantAdmin, admin().tenantId()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Only a super admin may switch tenants");
    assertThatThrownBy(() -> retention.purgeNow(tenantAdmin)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> keys.createFor(tenantAdmin, ADMIN, "takeover"))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void overTheApiATenantAdminCreatesAccountsInItsTenantAndCannotReadAnotherTenants()
      throws Exception {
    String key = keys.create(tenantAdmin, "brand-script").secret();
    ApiClient api = new ApiClient(port);
    String name = Fixtures.unique("ApiBrandCo");
    HttpResponse<String> created =
        api.json(
            "POST",
            "/api/accounts",
            key,
            """
        {"name":"%s","kind":"CUSTOMER","currency":"EUR","billingMode":"PREPAID"}"""
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(accounts.get(tenantAdmin, new AccountId(UUID.fromString(id))).tenantId())
        .isEqualTo(brand);

    Account platformAccount = fixtures.account(admin(), Fixtures.unique("PlatformApiCo"));
    HttpResponse<String> foreign =
        api.json("GET", "/api/accounts/" + platformAccount.id(), key, null);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("No such account");
    assertThat(api.json("GET", "/api/accounts", key, null).body())
        .contains(name)
        .doesNotContain(platformAccount.name());
  }
}
