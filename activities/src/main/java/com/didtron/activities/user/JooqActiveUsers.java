package com.didtron.activities.user;

import static com.didtron.activities.db.Tables.APP_USER;

import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@link ActiveUsers} over the {@code app_user} table. */
@Component
class JooqActiveUsers implements ActiveUsers {
  private final DSLContext db;

  JooqActiveUsers(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<String> emailsWithRole(TenantId tenant, Role role) {
    return db.fetch(
            "SELECT email FROM app_user WHERE tenant_id = ? AND ? = ANY(roles) AND enabled "
                + "AND deleted_at IS NULL ORDER BY email",
            tenant.value(),
            role.name())
        .getValues(0, String.class);
  }

  @Override
  public Optional<Active> byEmail(String email) {
    return db.select(APP_USER.ID, APP_USER.TENANT_ID)
        .from(APP_USER)
        .where(APP_USER.EMAIL.lower().eq(email.strip().toLowerCase(Locale.ROOT)))
        .and(APP_USER.DELETED_AT.isNull())
        .and(APP_USER.ENABLED.isTrue())
        .fetchOptional(r -> new Active(new UserId(r.value1()), new TenantId(r.value2())));
  }
}
