package com.didtron.activities.user;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.user.Totp;
import com.didtron.domain.user.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP two-factor sign-in for staff: a user enrols an authenticator app (the secret is shown as an
 * {@code otpauth://} URI) and confirms it with a first code; from then on sign-in asks for a code.
 * A tenant can require it of all its staff. A code is accepted once only. Changes are audited
 * (never the secret).
 */
@Service
public class TwoFactor {
  static final String ISSUER = "DIDTron";

  /** An enrolment in progress: what the authenticator app needs. */
  public record Enrolment(String secret, String otpauthUri) {}

  private final JooqCredentialRepository credentials;
  private final AuditTrail audit;
  private final Clock clock;

  TwoFactor(JooqCredentialRepository credentials, AuditTrail audit, Clock clock) {
    this.credentials = credentials;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts enrolling the actor's authenticator app (staff users only): a new secret, or the one of
   * an enrolment begun before and not yet confirmed.
   */
  @Transactional
  public Enrolment begin(Actor actor) {
    SignInState state = own(actor);
    if (!actor.isStaff()) {
      throw new AccessDenied("Two-factor sign-in is for staff users");
    }
    if (state.totpEnabled()) {
      throw new AccessDenied(
          "Two-factor sign-in is already on; turn it off first to enrol a new app");
    }
    String secret = credentials.totpSecret(actor.userId()).orElse(null);
    if (secret == null) {
      secret = Totp.newSecret();
      credentials.setTotp(actor.userId(), secret, false, clock.instant());
      record(actor, state, "enrolling");
    }
    return new Enrolment(secret, Totp.otpauthUri(ISSUER, state.user().email(), secret));
  }

  /** Confirms the enrolment with a code from the app; false (nothing changed) for a wrong code. */
  @Transactional
  public boolean confirm(Actor actor, String code) {
    SignInState state = own(actor);
    if (state.totpEnabled()) {
      return verify(actor.userId(), code);
    }
    String secret =
        credentials
            .totpSecret(actor.userId())
            .orElseThrow(() -> new AccessDenied("Start the enrolment first"));
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
    if (step.isEmpty()) {
      return false;
    }
    credentials.setTotp(actor.userId(), secret, true, clock.instant());
    credentials.acceptStep(actor.userId(), step.getAsLong());
    record(actor, state, "on");
    return true;
  }

  /** The second step of a sign-in: the user's current code, accepted once. */
  @Transactional
  public boolean verify(UserId user, String code) {
    SignInState state = credentials.state(user).orElseThrow(() -> new AccessDenied("No such user"));
    if (!state.active() || !state.totpEnabled()) {
      return false;
    }
    String secret = credentials.totpSecret(user).orElseThrow();
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
    return step.isPresent() && credentials.acceptStep(user, step.getAsLong());
  }

  /**
   * Turns a user's 2FA off: an admin for any user of its tenant, a user for itself unless required.
   */
  @Transactional
  public void turnOff(Actor actor, UserId user) {
    SignInState state =
        credentials
            .state(user)
            .filter(s -> s.user().tenantId().equals(actor.tenantId()))
            .orElseThrow(() -> new AccessDenied("No such user"));
    if (!user.equals(actor.userId())) {
      AccessPolicy.requireCanManageUser(actor, state.user().tenantId(), state.user().roles());
    } else if (state.twoFactorRequired()) {
      throw new AccessDenied("Your tenant requires two-factor sign-in of its staff");
    }
    credentials.setTotp(user, null, false, clock.instant());
    audit.record(
        actor,
        state.user().tenantId(),
        AuditAction.UPDATE,
        UserService.ENTITY,
        user.toString(),
        null,
        Map.of("twoFactor", "off"));
  }

  @Transactional(readOnly = true)
  public boolean requiredForStaff(Actor actor) {
    AccessPolicy.requireStaff(actor);
    return credentials.staffTwoFactorRequired(actor.tenantId());
  }

  /**
   * The tenant setting "staff must use 2FA" (super admins); staff without an app enrol at sign-in.
   */
  @Transactional
  public void requireForStaff(Actor actor, boolean required) {
    AccessPolicy.requireAdmin(actor);
    boolean before = credentials.staffTwoFactorRequired(actor.tenantId());
    if (before == required) {
      return;
    }
    credentials.setStaffTwoFactorRequired(actor.tenantId(), required, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        "tenant",
        actor.tenantId().toString(),
        Map.of("staffTwoFactorRequired", before),
        Map.of("staffTwoFactorRequired", required));
  }

  private SignInState own(Actor actor) {
    if (actor.userId() == null) {
      throw new AccessDenied("Only a signed-in user can use two-factor sign-in");
    }
    return credentials
        .state(actor.userId())
        .filter(SignInState::active)
        .orElseThrow(() -> new AccessDenied("No such user"));
  }

  private void record(Actor actor, SignInState state, String twoFactor) {
    audit.record(
        actor,
        state.user().tenantId(),
        AuditAction.UPDATE,
        UserService.ENTITY,
        actor.userId().toString(),
        null,
        Map.of("twoFactor", twoFactor));
  }
}
