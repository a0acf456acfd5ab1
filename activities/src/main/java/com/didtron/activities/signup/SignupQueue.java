package com.didtron.activities.signup;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.SignupRecord;
import com.didtron.activities.signup.SignupOutcome.Decided;
import com.didtron.activities.signup.SignupOutcome.Decision;
import com.didtron.activities.signup.SignupOutcome.Invalid;
import com.didtron.activities.signup.SignupOutcome.Refused;
import com.didtron.activities.signup.SignupOutcome.Verification;
import com.didtron.activities.signup.SignupOutcome.Verified;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the form: the verification link (anonymous; an expired link sends a fresh one), then the
 * approval queue staff work through (admins approve or reject with a reason). See
 * docs/onboarding.md for the states.
 */
@Service
@Facade
public class SignupQueue {
  static final int MAX_REASON = 500;
  static final String USED =
      "This link is not valid any more. If you already confirmed your email, sign in.";

  private final JooqSignups repo;
  private final SignupDecisions decisions;
  private final SignupEmails emails;
  private final SignupSettings settings;
  private final Tenants tenants;
  private final Clock clock;

  SignupQueue(
      JooqSignups repo,
      SignupDecisions decisions,
      SignupEmails emails,
      SignupSettings settings,
      Tenants tenants,
      Clock clock) {
    this.repo = repo;
    this.decisions = decisions;
    this.emails = emails;
    this.settings = settings;
    this.tenants = tenants;
    this.clock = clock;
  }

  /** Follows a verification link: once only, before it expires. */
  @Transactional
  public Verification verify(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return new Invalid(USED);
    }
    SignupRecord r = repo.byTokenForUpdate(SignupTokens.hash(token.strip())).orElse(null);
    if (r == null) {
      return new Invalid(USED);
    }
    Instant now = clock.instant();
    String brand = brandName(new TenantId(r.getTenantId()));
    if (!now.isBefore(r.getTokenExpiresAt())) {
      String fresh = SignupTokens.generate();
      String hash = SignupTokens.hash(fresh);
      repo.newToken(r, hash, now.plus(settings.tokenTtl()), now);
      emails.verify(new TenantId(r.getTenantId()), brand, r.getEmail(), r.getName(), fresh, hash);
      return new Invalid("This link has expired. We have sent you a new one.");
    }
    Signup before = JooqSignups.toSignup(r);
    Signup verified = repo.verified(r, now);
    decisions.audited(Actor.system(SignupService.JOB, verified.tenantId()), before, verified);
    Signup after = decisions.afterVerification(r, brand);
    return new Verified(after.state(), message(after.state()));
  }

  /** The tenant's sign-ups, newest first, optionally of one state; staff only. */
  @Transactional(readOnly = true)
  public List<Signup> list(Actor actor, SignupState state, int limit) {
    AccessPolicy.requireStaff(actor);
    return repo.list(actor.tenantId(), state, Math.max(1, Math.min(limit, 500)));
  }

  @Transactional(readOnly = true)
  public Signup get(Actor actor, UUID id) {
    AccessPolicy.requireStaff(actor);
    return repo.get(actor.tenantId(), id).orElseThrow(() -> new AccessDenied("No such sign-up"));
  }

  /** Approves a verified sign-up: the account becomes active and its user may sign in. */
  @Transactional
  public Decision approve(Actor actor, UUID id) {
    AccessPolicy.requireAdmin(actor);
    SignupRecord r = locked(actor, id);
    String brand = brandName(actor.tenantId());
    try {
      return new Decided(decisions.approve(actor, r, brand, "Approved by " + actor.name()));
    } catch (IllegalStateException e) {
      return new Refused(e.getMessage());
    }
  }

  /** Rejects a verified sign-up with the reason the customer is emailed. */
  @Transactional
  public Decision reject(Actor actor, UUID id, String reason) {
    AccessPolicy.requireAdmin(actor);
    if (reason == null || reason.isBlank()) {
      return new Refused("Give the reason; the customer is emailed it");
    }
    if (reason.strip().length() > MAX_REASON) {
      return new Refused("The reason is longer than " + MAX_REASON + " characters");
    }
    SignupRecord r = locked(actor, id);
    String brand = brandName(actor.tenantId());
    try {
      String why = reason.strip();
      return new Decided(decisions.reject(actor, r, brand, "Rejected by " + actor.name(), why));
    } catch (IllegalStateException e) {
      return new Refused(e.getMessage());
    }
  }

  private SignupRecord locked(Actor actor, UUID id) {
    return repo.forUpdate(actor.tenantId(), id)
        .orElseThrow(() -> new AccessDenied("No such sign-up"));
  }

  private String brandName(TenantId tenant) {
    return tenants.find(tenant).map(Tenant::name).orElse("DIDTron");
  }

  private static String message(SignupState state) {
    return switch (state) {
      case APPROVED -> "Your email is confirmed and your account is active. You can sign in now.";
      case PENDING_APPROVAL ->
          "Your email is confirmed. We review your sign-up and write to you once it is decided.";
      case REJECTED -> "Your email is confirmed, but your sign-up was not accepted; see our email.";
      default -> "Your email is confirmed.";
    };
  }
}
