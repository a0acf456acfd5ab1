package com.didtron.ui.api.signup;

import com.didtron.domain.signup.Signup;
import java.util.UUID;

/** A sign-up as the API shows it; instants ISO-8601, absent ones null. */
public record SignupJson(
    UUID id,
    UUID accountId,
    String email,
    String name,
    String country,
    UUID categoryId,
    String state,
    String createdAt,
    String verifiedAt,
    String decidedAt,
    String decidedBy,
    String rule,
    String reason) {

  static SignupJson of(Signup s) {
    return new SignupJson(
        s.id(),
        s.accountId() == null ? null : s.accountId().value(),
        s.email(),
        s.name(),
        s.country(),
        s.categoryId().value(),
        s.state().name(),
        s.createdAt().toString(),
        s.verifiedAt() == null ? null : s.verifiedAt().toString(),
        s.decidedAt() == null ? null : s.decidedAt().toString(),
        s.decidedBy(),
        s.decisionRule(),
        s.reason());
  }
}
