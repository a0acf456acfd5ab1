package com.didtron.activities.user;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.ThemePreference;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the portals: created by admins with a one-time password, soft deleted, audited. */
@Service
public class UserService {
  static final String ENTITY = "user";

  private final JooqUserRepository users;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  UserService(JooqUserRepository users, AccountService accounts, AuditTrail audit,
      PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.accounts = accounts;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<User> find(Actor actor, String text, PageRequest page) {
    AccessPolicy.requireAdmin(actor);
    return users.find(actor.tenantId(), text, page);
  }

  @Transactional(readOnly = true)
  public User get(Actor actor, UserId id) {
    User user = users.get(id).orElseThrow(() -> new AccessDenied("No such user"));
    boolean self = id.equals(actor.userId());
    if (!self) {
      AccessPolicy.requireAdmin(actor);
    }
    if (!user.tenantId().equals(actor.tenantId()) && !self) {
      throw new AccessDenied("No such user");
    }
    return user;
  }

  @Transactional
  public UserChange create(Actor actor, UserDraft draft) {
    AccessPolicy.requireCanGrant(actor, draft.roles());
    List<FieldError> errors = new java.util.ArrayList<>(draft.validate());
    if (errors.isEmpty() && users.emailTaken(draft.email())) {
      errors.add(new FieldError("email", "A user with this email already exists"));
    }
    if (errors.isEmpty() && draft.accountId() != null) {
      accounts.get(actor, draft.accountId()); // same tenant, exists, visible
    }
    if (!errors.isEmpty()) {
      return new UserChange.Rejected(errors);
    }
    String password = Passwords.generate();
    User created = users.insert(actor.tenantId(), draft, passwords.encode(password), clock.instant());
    audit.record(actor, created.tenantId(), AuditAction.CREATE, ENTITY, created.id().toString(),
        null, snapshot(created));
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
    audit.record(actor, after.tenantId(), AuditAction.UPDATE, ENTITY, id.toString(),
        snapshot(before), snapshot(after));
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
    audit.record(actor, after.tenantId(), AuditAction.DELETE, ENTITY, id.toString(),
        snapshot(before), snapshot(after));
    return after;
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
