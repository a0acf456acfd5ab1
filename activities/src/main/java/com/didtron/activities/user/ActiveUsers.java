package com.didtron.activities.user;

import com.didtron.activities.Facade;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Live, enabled users as other features (API keys) look them up; the only reader of users outside
 * this package.
 */
@Facade
public interface ActiveUsers {
  /** The live, enabled user with this email (any case), if any. */
  Optional<Active> byEmail(String email);

  /** The emails of a tenant's live, enabled users that have this role, in order. */
  List<String> emailsWithRole(TenantId tenant, Role role);

  /** The façade outside Spring, on one transaction's {@code db} (the command line). */
  static ActiveUsers over(DSLContext db) {
    return new JooqActiveUsers(db);
  }

  /** A user and the tenant it belongs to. */
  record Active(UserId id, TenantId tenant) {}
}
