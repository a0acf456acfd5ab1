package com.didtron.activities.testing;

import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.PasswordChange;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserLogins;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Users who can sign in: created by an admin, their one-time password already replaced. */
@Component
public class UserFixtures {
  /** A user ready to sign in with {@code password}. */
  public record SignIn(UserId id, String email, String password) {}

  private final UserService users;
  private final OwnPassword passwords;
  private final ObjectProvider<UserLogins> logins;

  UserFixtures(UserService users, OwnPassword passwords, ObjectProvider<UserLogins> logins) {
    this.users = users;
    this.passwords = passwords;
    this.logins = logins;
  }

  public SignIn staff(Actor admin, Role role) {
    return user(admin, role, null);
  }

  public SignIn user(Actor admin, Role role, AccountId account) {
    String email = Fixtures.unique(role.name().toLowerCase()) + "@example.test";
    UserChange change =
        users.create(admin, new UserDraft(email, "Test " + role, Set.of(role), account));
    UserChange.Created created = (UserChange.Created) change;
    String password = "own-" + Fixtures.unique("password");
    Actor self = logins.getObject().principal(email).orElseThrow().actor();
    PasswordChange changed = passwords.change(self, created.oneTimePassword(), password);
    if (!(changed instanceof PasswordChange.Changed)) {
      throw new IllegalStateException("password not changed: " + changed);
    }
    return new SignIn(created.user().id(), email, password);
  }
}
