package com.didtron.ui.api.user;

import com.didtron.activities.user.UserDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.user.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A new user as posted: roles by name, the account (portal users) by id. */
public record UserRequest(String email, String displayName, List<String> roles, String accountId) {

  /** The draft, or the fields that cannot even be read (unknown role names, a malformed id). */
  UserDraft toDraft(List<FieldError> errors) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    for (String r : roles == null ? List.<String>of() : roles) {
      try {
        parsed.add(Role.valueOf(r));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(new FieldError("roles", "Unknown role " + r));
      }
    }
    AccountId account = null;
    if (accountId != null && !accountId.isBlank()) {
      try {
        account = new AccountId(UUID.fromString(accountId.strip()));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("accountId", "Not an account id"));
      }
    }
    String name = displayName == null || displayName.isBlank() ? email : displayName;
    return new UserDraft(email, name, parsed, account);
  }

  static List<FieldError> newErrors() {
    return new ArrayList<>();
  }
}
