package com.didtron.activities.user;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A new user as an admin enters it. Portal roles (customer, carrier) need an account and cannot be
 * mixed with staff roles.
 */
public record UserDraft(String email, String displayName, Set<Role> roles, AccountId accountId) {
  public UserDraft {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
      errors.add(new FieldError("email", "Enter an email address"));
    }
    if (displayName == null || displayName.isBlank()) {
      errors.add(new FieldError("displayName", "Name is required"));
    }
    if (roles.isEmpty()) {
      errors.add(new FieldError("roles", "Choose at least one role"));
    }
    boolean portal = roles.stream().anyMatch(Role::isPortalRole);
    boolean staff = roles.stream().anyMatch(r -> !r.isPortalRole());
    if (portal && staff) {
      errors.add(
          new FieldError("roles", "Customer and carrier roles cannot be mixed with staff roles"));
    }
    if (portal && accountId == null) {
      errors.add(new FieldError("accountId", "Customer and carrier users belong to an account"));
    }
    if (!portal && accountId != null) {
      errors.add(new FieldError("accountId", "Staff users do not belong to an account"));
    }
    return List.copyOf(errors);
  }
}
