package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer never sees another customer's data; a tenant never sees another tenant's. */
class TenantIsolationIT extends PlatformIT {
  @Autowired AccountService accounts;
  @Autowired UserService users;
  @Autowired AuditLog auditLog;
  @Autowired Fixtures fixtures;

  @Test
  void aCustomerSeesOnlyItsOwnAccount() {
    Actor admin = admin();
    Account mine = fixtures.account(admin, Fixtures.unique("Mine"));
    Account theirs = fixtures.account(admin, Fixtures.unique("Theirs"));
    Actor customer = actorOf(fixtures.portalUser(admin, mine, Role.CUSTOMER));

    assertThat(accounts.get(customer, mine.id()).name()).isEqualTo(mine.name());
    assertThatThrownBy(() -> accounts.get(customer, theirs.id()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such account");
    assertThat(accounts.find(customer, AccountFilter.live(), PageRequest.first(100)).rows())
        .extracting(Account::id)
        .containsExactly(mine.id());
    assertThat(
            accounts
                .find(
                    customer, new AccountFilter(theirs.name(), null, false), PageRequest.first(100))
                .rows())
        .isEmpty();
  }

  @Test
  void portalUsersCannotChangeAccountsOrReadTheAuditLogOrUsers() {
    Actor admin = admin();
    Account mine = fixtures.account(admin, Fixtures.unique("Carrier"));
    Actor carrier = actorOf(fixtures.portalUser(admin, mine, Role.CARRIER));
    assertThatThrownBy(() -> accounts.delete(carrier, mine.id())).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> accounts.create(carrier, mine.toDraft().withName("New")))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> auditLog.find(carrier, AuditQuery.all(), PageRequest.first(10)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> users.find(carrier, null, PageRequest.first(10)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void staffOfOneTenantDoNotSeeAnotherTenantsAccounts() {
    Actor admin = admin();
    Account home = fixtures.account(admin, Fixtures.unique("Home"));
    TenantId other = fixtures.tenant(Fixtures.unique("brand").toLowerCase());
    Actor otherAdmin = admin.inTenant(other);
    Account foreign = fixtures.account(otherAdmin, Fixtures.unique("Foreign"));
    Actor finance = actorOf(fixtures.staffUser(admin, Role.FINANCE));

    assertThat(accounts.get(finance, home.id()).id()).isEqualTo(home.id());
    assertThatThrownBy(() -> accounts.get(finance, foreign.id())).isInstanceOf(AccessDenied.class);
    assertThat(
            accounts
                .find(
                    finance, new AccountFilter(foreign.name(), null, false), PageRequest.first(10))
                .rows())
        .isEmpty();
    assertThat(accounts.find(otherAdmin, AccountFilter.live(), PageRequest.first(100)).rows())
        .extracting(Account::id)
        .containsExactly(foreign.id());
  }
}
