package com.didtron.activities.user;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.security.LoginThrottle;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.ThemePreference;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users of the portals: created by admins with a one-time password (to be replaced at the first
 * sign-in), disabled and enabled, soft deleted, their password reset; every change audited.
 * Disabling or deleting a user ends its sessions and revokes its API keys in the same transaction.
 */
@Service
public class UserService {
  static final String ENTITY = "user";

  private final JooqUserRepository users;
  private final JooqCredentialRepository credentials;
  private final List<DeactivatedUsers> deactivated;
  private final LoginThrottle throttle;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  UserService(
      JooqUserRepository users,
      JooqCredentialRepository credentials,
      List<DeactivatedUsers> deactivated,
      LoginThrottle throttle,
      AuditTrail audit,
      PasswordEncoder passwords,
      Clock clock) {
    this.users = users;
    this.credentials = credentials;
    this.deactivated = deactivated;
    this.throttle = throttle;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  /**
   * The service outside Spring, on one transaction's {@code db} (the command line); {@code
   * deactivated} is told of disabled and deleted users (the API keys feature revokes their keys).
   */
  public static UserService standalone(
      DSLContext db,
      AuditTrail audit,
      PasswordEncoder passwords,
      Clock clock,
      DeactivatedUsers deactivated) {
    return new UserService(
        new JooqUserRepository(db),
        new JooqCredentialRepository(db, Accounts.over(db), Tenants.over(db)),
        List.of(deactivated),
        new LoginThrottle(db, clock),
        audit,
        passwords,
        clock);
  }

  /** A live tenant by its code (the command line's {@code --tenant}). */
  @Transactional(readOnly = true)
  public Optional<TenantId> tenant(String code) {
    return credentials.liveTenantByCode(code);
  }

  @Transactional(readOnly = true)
  public Page<User> find(Actor actor, String text, PageRequest page) {
    AccessPolicy.requireUserAdmin(actor);
    return users.find(actor.tenantId(), text, page);
  }

  @Transactional(readOnly = true)
  public User get(Actor actor, UserId id) {
    User user = users.get(id).orElseThrow(() -> new AccessDenied("No such user"));
    boolean self = id.equals(actor.userId());
    if (!self) {
      AccessPolicy.requireUserAdmin(actor);
    }
    if (!user.tenantId().equals(actor.tenantId()) && !self) {
      throw new AccessDenied("No such user");
    }
    return user;
  }

  @Transactional
  public UserChange create(Actor actor, UserDraft draft) {
    AccessPolicy.requireCanGrant(actor, draft.roles());
    List<FieldError> errors = new ArrayList<>(draft.validate());
    if (errors.isEmpty() && users.emailTaken(draft.email())) {
      errors.add(new FieldError("email", "A user with this email already exists"));
    }
    if (errors.isEmpty()
        && draft.accountId() != null
        && !credentials
            .accountTenant(draft.accountId())
            .map(actor.tenantId()::equals)
            .orElse(false)) {
      errors.add(new FieldError("accountId", "No such account"));
    }
    if (!errors.isEmpty()) {
      return new UserChange.Rejected(errors);
    }
    String password = Passwords.generate();
    User created =
        users.insert(actor.tenantId(), draft, passwords.encode(password), true, clock.instant());
    audit.record(
        actor,
        created.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        created.id().toString(),
        null,
        snapshot(created));
    return new UserChange.Created(created, password);
  }

  /** A user's own colour scheme; remembered across sessions. */
  @Transactional
  public User setTheme(Actor actor, ThemePreference theme) {
    UserId id = actor.userId();
    if (id == null) {
      throw new AccessDenied("Only signed-in users have a theme");
    }
    User before = users.get(id).orElseThrow();
    if (before.theme() == theme) {
      return before;
    }
    User after = users.setTheme(id, theme, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        id.toString(),
        snapshot(before),
        snapshot(after));
    return after;
  }

  @Transactional
  public User delete(Actor actor, UserId id) {
    User before = get(actor, id);
    AccessPolicy.requireCanManageUser(actor, before.tenantId(), before.roles());
    if (id.equals(actor.userId())) {
      throw new AccessDenied("You cannot delete yourself");
    }
    User after = users.setDeleted(id, clock.instant(), actor.name(), clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.DELETE,
        ENTITY,
        id.toString(),
        snapshot(before),
        snapshot(after));
    deactivated.forEach(d -> d.deactivated(actor, id));
    return after;
  }

  /** Disables a user: its sessions end at their next request and its API keys are revoked. */
  @Transactional
  public User disable(Actor actor, UserId id) {
    User before = managed(actor, id);
    if (id.equals(actor.userId())) {
      throw new AccessDenied("You cannot disable yourself");
    }
    if (!before.enabled()) {
      return before;
    }
    User after = users.setEnabled(id, false, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        id.toString(),
        snapshot(before),
        snapshot(after));
    deactivated.forEach(d -> d.deactivated(actor, id));
    return after;
  }

  /** Enables a disabled user again (its old sessions and API keys stay ended). */
  @Transactional
  public User enable(Actor actor, UserId id) {
    User before = managed(actor, id);
    if (before.enabled()) {
      return before;
    }
    User after = users.setEnabled(id, true, clock.instant());
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        id.toString(),
        snapshot(before),
        snapshot(after));
    return after;
  }

  /**
   * Gives a user a new one-time password (returned, shown once): the user must change it at the
   * next sign-in, its sessions end and its sign-in throttle is cleared. Audited without the secret.
   */
  @Transactional
  public String resetPassword(Actor actor, UserId id) {
    User user = managed(actor, id);
    String password = Passwords.generate();
    credentials.setPassword(id, passwords.encode(password), true, clock.instant());
    throttle.succeeded(user.email());
    Map<String, Object> after = snapshot(user);
    after.put("passwordReset", true);
    audit.record(
        actor, user.tenantId(), AuditAction.UPDATE, ENTITY, id.toString(), snapshot(user), after);
    return password;
  }

  /** A live user of the actor's tenant that the actor may manage; refusals read "No such user". */
  private User managed(Actor actor, UserId id) {
    AccessPolicy.requireUserAdmin(actor);
    User user =
        users
            .get(id)
            .filter(u -> !u.isDeleted() && u.tenantId().equals(actor.tenantId()))
            .orElseThrow(() -> new AccessDenied("No such user"));
    AccessPolicy.requireCanManageUser(actor, user.tenantId(), user.roles());
    return user;
  }

  /** A user by login email, for the command line; empty when there is no live user. */
  @Transactional(readOnly = true)
  public Optional<User> byEmail(Actor actor, String email) {
    AccessPolicy.requireUserAdmin(actor);
    return users
        .byEmail(email)
        .map(JooqUserRepository.UserWithSecret::user)
        .filter(u -> actor.userId() == null || u.tenantId().equals(actor.tenantId()));
  }

  static Map<String, Object> snapshot(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", u.email());
    m.put("displayName", u.displayName());
    m.put("roles", u.roles().stream().map(Enum::name).sorted().toList());
    m.put("accountId", u.accountId() == null ? null : u.accountId().toString());
    m.put("theme", u.theme().name());
    m.put("enabled", u.enabled());
    m.put("deletedAt", u.deletedAt() == null ? null : u.deletedAt().toString());
    return m;
  }
}
