package com.didtron.activities.testing;

import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the real services (and a tenant directly, as onboarding comes later).
 */
@Component
public class Fixtures {
  private final AccountService accounts;
  private final UserService users;
  private final DSLContext db;

  Fixtures(AccountService accounts, UserService users, DSLContext db) {
    this.accounts = accounts;
    this.users = users;
    this.db = db;
  }

  public static String unique(String prefix) {
    return TestNames.unique(prefix);
  }

  public Account account(Actor admin, String name) {
    AccountChange change =
        accounts.create(
            admin,
            new AccountDraft(
                name,
                AccountKind.CUSTOMER,
                "USD",
                BillingMode.POSTPAID,
                new BigDecimal("100"),
                AccountStatus.ACTIVE,
                null));
    return ((AccountChange.Saved) change).account();
  }

  /** A portal user of one account; returns the login email. */
  public String portalUser(Actor admin, Account account, Role role) {
    String email = unique("user") + "@example.test";
    UserChange change =
        users.create(admin, new UserDraft(email, "Portal user", Set.of(role), account.id()));
    if (!(change instanceof UserChange.Created)) {
      throw new IllegalStateException("user not created: " + change);
    }
    return email;
  }

  public String staffUser(Actor admin, Role role) {
    String email = unique("staff") + "@example.test";
    users.create(admin, new UserDraft(email, "Staff", Set.of(role), null));
    return email;
  }

  public TenantId tenant(String code) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    db.insertInto(TENANT)
        .set(TENANT.ID, id)
        .set(TENANT.CODE, code)
        .set(TENANT.NAME, code)
        .set(TENANT.BASE_CURRENCY, "EUR")
        .set(TENANT.CREATED_AT, now)
        .set(TENANT.UPDATED_AT, now)
        .execute();
    return new TenantId(id);
  }
}
