package com.didtron.activities.user;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.user.User;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes its own password: the current one is required, the new one has at least {@link
 * #MIN_LENGTH} characters and differs from it. Clears a pending "must change". Audited (without any
 * password).
 */
@Service
public class OwnPassword {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private final JooqUserRepository users;
  private final JooqCredentialRepository credentials;
  private final AuditTrail audit;
  private final PasswordEncoder passwords;
  private final Clock clock;

  OwnPassword(
      JooqUserRepository users,
      JooqCredentialRepository credentials,
      AuditTrail audit,
      PasswordEncoder passwords,
      Clock clock) {
    this.users = users;
    this.credentials = credentials;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Transactional
  public PasswordChange change(Actor actor, String current, String next) {
    UserId id = actor.userId();
    if (id == null) {
      throw new AccessDenied("Only a signed-in user has a password");
    }
    List<FieldError> errors = new ArrayList<>();
    if (current == null || !passwords.matches(current, credentials.passwordHash(id))) {
      errors.add(new FieldError("currentPassword", "The current password is not correct"));
    }
    if (next == null || next.length() < MIN_LENGTH || next.length() > MAX_LENGTH) {
      errors.add(
          new FieldError(
              "newPassword",
              "The new password needs " + MIN_LENGTH + " to " + MAX_LENGTH + " characters"));
    } else if (next.equals(current)) {
      errors.add(
          new FieldError("newPassword", "The new password must differ from the current one"));
    }
    if (!errors.isEmpty()) {
      return new PasswordChange.Rejected(errors);
    }
    User user = users.get(id).orElseThrow(() -> new AccessDenied("No such user"));
    credentials.setPassword(id, passwords.encode(next), false, clock.instant());
    audit.record(
        actor,
        user.tenantId(),
        AuditAction.UPDATE,
        UserService.ENTITY,
        id.toString(),
        null,
        Map.of("passwordChanged", true));
    return new PasswordChange.Changed();
  }
}
