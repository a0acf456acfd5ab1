package com.didtron.activities.user;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer users that sign themselves up (the sign-up feature): created disabled with the password
 * they chose, enabled when their account is approved. Trusted calls (the caller checked the actor);
 * each change is audited here with the given actor.
 */
@Component
@Facade
public class PortalUsers {
  private final JooqUserRepository users;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  PortalUsers(JooqUserRepository users, AuditTrail audit, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  /** Why a password is refused (the rule every user's own password follows), or empty. */
  public static Optional<String> passwordProblem(String password) {
    if (password == null
        || password.length() < OwnPassword.MIN_LENGTH
        || password.length() > OwnPassword.MAX_LENGTH) {
      return Optional.of(
          "The password needs "
              + OwnPassword.MIN_LENGTH
              + " to "
              + OwnPassword.MAX_LENGTH
              + " characters");
    }
    return Optional.empty();
  }

  /** Whether a live user signs in with this email (any tenant: emails are unique). */
  @Transactional(readOnly = true)
  public boolean emailTaken(String email) {
    return users.emailTaken(email);
  }

  /** A disabled customer user of the account, with the password it chose. */
  @Transactional
  public UserId createDisabledCustomer(
      Actor actor,
      TenantId tenant,
      String email,
      String displayName,
      AccountId account,
      String password) {
    UserDraft draft = new UserDraft(email, displayName, Set.of(Role.CUSTOMER), account);
    User created = users.insert(tenant, draft, passwords.encode(password), false, clock.instant());
    User disabled = users.setEnabled(created.id(), false, clock.instant());
    audit.record(
        actor,
        tenant,
        AuditAction.CREATE,
        UserService.ENTITY,
        created.id().toString(),
        null,
        UserService.snapshot(disabled));
    return created.id();
  }

  /** Enables a user (its account was approved). */
  @Transactional
  public void enable(Actor actor, UserId id) {
    User before = users.get(id).orElseThrow();
    if (before.enabled()) {
      return;
    }
    User after = users.setEnabled(id, true, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        UserService.ENTITY,
        id.toString(),
        UserService.snapshot(before),
        UserService.snapshot(after));
  }
}
