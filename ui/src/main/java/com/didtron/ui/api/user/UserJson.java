package com.didtron.ui.api.user;

import com.didtron.domain.user.User;
import java.util.List;

/** A user as the API shows it (never a password or secret). */
public record UserJson(
    String id,
    String email,
    String displayName,
    List<String> roles,
    String accountId,
    boolean enabled,
    String createdAt,
    String lastLoginAt) {
  static UserJson of(User u) {
    return new UserJson(
        u.id().toString(),
        u.email(),
        u.displayName(),
        u.roles().stream().map(Enum::name).sorted().toList(),
        u.accountId() == null ? null : u.accountId().toString(),
        u.enabled(),
        u.createdAt().toString(),
        u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
  }
}
