package com.didtron.activities.user;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The very first start: with no user at all, creates the platform tenant and its first super admin.
 * The password is either given ({@code DIDTRON_ADMIN_PASSWORD}) or generated and shown once; there
 * is never a fixed default.
 */
@Service
public class FirstStart {
  /** Who was created; {@code generatedPassword} is null when the password was given. */
  public record Created(String email, String generatedPassword) {}

  private final Tenants tenants;
  private final JooqUserRepository users;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  FirstStart(
      Tenants tenants,
      JooqUserRepository users,
      AuditTrail audit,
      PasswordEncoder passwords,
      Clock clock) {
    this.tenants = tenants;
    this.users = users;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional
  public Optional<Created> ensureSuperAdmin(String email, String presetPassword) {
    if (users.anyUser()) {
      return Optional.empty();
    }
    if (presetPassword != null && !presetPassword.isEmpty() && presetPassword.length() < 12) {
      throw new IllegalArgumentException("DIDTRON_ADMIN_PASSWORD must have at least 12 characters");
    }
    TenantId tenant = createPlatformTenant();
    String password =
        presetPassword == null || presetPassword.isEmpty() ? Passwords.generate() : presetPassword;
    Actor system = Actor.system("first-start", tenant);
    User admin =
        users.insert(
            tenant,
            new UserDraft(email, "Platform admin", Set.of(Role.SUPER_ADMIN), null),
            passwords.encode(password),
            !password.equals(presetPassword),
            clock.instant());
    audit.record(
        system,
        tenant,
        AuditAction.CREATE,
        UserService.ENTITY,
        admin.id().toString(),
        null,
        UserService.snapshot(admin));
    return Optional.of(
        new Created(admin.email(), password.equals(presetPassword) ? null : password));
  }

  private TenantId createPlatformTenant() {
    TenantId tenant =
        tenants.create("didtron", "DIDTron", new CurrencyCode("USD"), clock.instant());
    UUID id = tenant.value();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("code", "didtron");
    after.put("name", "DIDTron");
    after.put("baseCurrency", "USD");
    audit.record(
        Actor.system("first-start", tenant),
        tenant,
        AuditAction.CREATE,
        "tenant",
        id.toString(),
        null,
        after);
    return tenant;
  }
}
