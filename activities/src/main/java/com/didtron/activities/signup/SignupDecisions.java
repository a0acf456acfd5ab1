package com.didtron.activities.signup;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.SignupRecord;
import com.didtron.activities.segment.Segments;
import com.didtron.activities.user.PortalUsers;
import com.didtron.decisions.signup.SignupApprovalPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What happens to a verified sign-up: the approval table (or staff) approves it — the account
 * becomes ACTIVE with its category's billing mode and credit limit, which the account feature
 * records for the switch, and its user is enabled —, queues it for review, or rejects it. Runs in
 * the caller's transaction; every step audited (entity {@code signup}) and emailed.
 */
@Component
class SignupDecisions {
  static final String ENTITY = "signup";
  static final String RULE_ACTOR = "signup-approval";
  private static final SignupApprovalPolicy POLICY = SignupApprovalPolicy.standard();

  private final JooqSignups repo;
  private final AccountService accountService;
  private final Accounts accounts;
  private final Segments segments;
  private final PortalUsers users;
  private final SignupEmails emails;
  private final SignupSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  SignupDecisions(
      JooqSignups repo,
      AccountService accountService,
      Accounts accounts,
      Segments segments,
      PortalUsers users,
      SignupEmails emails,
      SignupSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.repo = repo;
    this.accountService = accountService;
    this.accounts = accounts;
    this.segments = segments;
    this.users = users;
    this.emails = emails;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Right after verification: the table decides, or staff will when auto-approval is off. */
  Signup afterVerification(SignupRecord r, String brand) {
    Signup s = JooqSignups.toSignup(r);
    Actor rule = Actor.system(RULE_ACTOR, s.tenantId());
    if (!settings.autoApproval()) {
      return review(rule, r, brand, "Automatic approval is off");
    }
    CustomerCategory category = category(s);
    var verdict =
        POLICY.evaluate(
            new SignupApprovalPolicy.Input(category.code(), s.country(), s.email(), true));
    return switch (verdict.verdict()) {
      case APPROVE -> approve(rule, r, brand, verdict.rule());
      case REVIEW -> review(rule, r, brand, verdict.rule());
      case REJECT -> reject(rule, r, brand, verdict.rule(), verdict.rule());
    };
  }

  Signup approve(Actor actor, SignupRecord r, String brand, String rule) {
    Signup before = JooqSignups.toSignup(r);
    SignupState next = before.state().approve();
    activate(actor, before);
    users.enable(actor, JooqSignups.userOf(r));
    Signup after = repo.moved(r, next, actor.name(), rule, null, clock.instant());
    audited(actor, before, after);
    emails.approved(after, brand);
    return after;
  }

  Signup reject(Actor actor, SignupRecord r, String brand, String rule, String reason) {
    Signup before = JooqSignups.toSignup(r);
    Signup after =
        repo.moved(r, before.state().reject(), actor.name(), rule, reason, clock.instant());
    audited(actor, before, after);
    emails.rejected(after, brand, reason);
    return after;
  }

  private Signup review(Actor actor, SignupRecord r, String brand, String rule) {
    Signup before = JooqSignups.toSignup(r);
    Signup after = repo.moved(r, before.state().review(), null, rule, null, clock.instant());
    audited(actor, before, after);
    emails.underReview(after, brand);
    return after;
  }

  /** The account becomes ACTIVE with its category's defaults (the change reaches the switch). */
  private void activate(Actor actor, Signup s) {
    CustomerCategory category = category(s);
    Account account = accounts.find(s.accountId()).orElseThrow();
    BigDecimal credit =
        category.billingMode() == BillingMode.POSTPAID ? category.creditLimit() : BigDecimal.ZERO;
    AccountDraft draft =
        new AccountDraft(
            account.name(),
            account.kind(),
            account.currency().code(),
            category.billingMode(),
            credit,
            AccountStatus.ACTIVE,
            account.email());
    AccountChange change = accountService.update(actor, account.id(), account.version(), draft);
    if (change instanceof AccountChange.Rejected rejected) {
      throw new IllegalStateException(
          "The account cannot be activated: "
              + rejected.errors().stream()
                  .map(FieldError::message)
                  .collect(Collectors.joining("; ")));
    }
  }

  private CustomerCategory category(Signup s) {
    return segments.category(s.tenantId(), s.categoryId()).orElseThrow();
  }

  void audited(Actor actor, Signup before, Signup after) {
    audit.record(
        actor,
        after.tenantId(),
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        ENTITY,
        after.id().toString(),
        before == null ? null : snapshot(before),
        snapshot(after));
  }

  private static Map<String, Object> snapshot(Signup s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", s.email());
    m.put("name", s.name());
    m.put("country", s.country());
    m.put("categoryId", s.categoryId().toString());
    m.put("accountId", s.accountId() == null ? null : s.accountId().toString());
    m.put("state", s.state().name());
    m.put("decidedBy", s.decidedBy());
    m.put("rule", s.decisionRule());
    m.put("reason", s.reason());
    return m;
  }
}
