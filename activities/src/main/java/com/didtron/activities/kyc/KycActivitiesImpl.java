package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_DOCUMENT;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.kyc.identity.IdentitySettings;
import com.didtron.activities.kyc.identity.IdentityVerification;
import com.didtron.activities.notification.Outbox;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.kyc.KycActivities;
import com.didtron.workflows.kyc.KycStep;
import io.temporal.activity.Activity;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The effects of the KYC workflow on the account's {@code kyc_case}: each one transaction,
 * idempotent, audited (entity {@code kyc_case}); the customer's emails go through the outbox with a
 * dedup key per step.
 */
@Component
class KycActivitiesImpl implements KycActivities {
  static final String ENTITY = "kyc_case";

  private final DSLContext db;
  private final ProvenKycGate gate;
  private final Accounts accounts;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;
  private final IdentityVerification identity;
  private final IdentitySettings identitySettings;
  private final TransactionTemplate tx;

  KycActivitiesImpl(
      DSLContext db,
      ProvenKycGate gate,
      Accounts accounts,
      Outbox outbox,
      AuditTrail audit,
      Clock clock,
      IdentityVerification identity,
      IdentitySettings identitySettings,
      TransactionTemplate tx) {
    this.identity = identity;
    this.identitySettings = identitySettings;
    this.tx = tx;
    this.db = db;
    this.gate = gate;
    this.accounts = accounts;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens the account's Stripe Identity session (outside any transaction), then records it and
   * moves the case to IDENTITY_PENDING. A retried activity finds the session it opened; Stripe's
   * idempotency key (the workflow run) makes a retried request return the same session.
   */
  @Override
  public String startIdentity(KycStep step) {
    String open =
        tx.execute(
            s -> {
              ensure(step);
              var r =
                  db.select(KYC_CASE.STRIPE_SESSION_ID, KYC_CASE.IDENTITY_STATUS)
                      .from(KYC_CASE)
                      .where(KYC_CASE.ACCOUNT_ID.eq(step.accountId()))
                      .fetchOne();
              return r == null || r.value1() == null || "canceled".equals(r.value2())
                  ? null
                  : r.value1();
            });
    if (open != null) {
      tx.executeWithoutResult(s -> move(step, KycState.IDENTITY_PENDING, null));
      return open;
    }
    IdentityVerification.Session session =
        identity.createSession(
            step.accountId(),
            identitySettings.returnUrl(),
            "kyc-identity-" + step.workflowId() + "-" + runId());
    tx.executeWithoutResult(
        s -> {
          db.update(KYC_CASE)
              .set(KYC_CASE.STRIPE_SESSION_ID, session.id())
              .set(KYC_CASE.IDENTITY_STATUS, "requires_input")
              .set(KYC_CASE.IDENTITY_REASON, (String) null)
              .where(KYC_CASE.ACCOUNT_ID.eq(step.accountId()))
              .execute();
          move(step, KycState.IDENTITY_PENDING, null);
        });
    return session.id();
  }

  private static String runId() {
    try {
      return Activity.getExecutionContext().getInfo().getRunId();
    } catch (RuntimeException e) {
      return "direct";
    }
  }

  @Override
  @Transactional
  public void remind(KycStep step) {
    email(
        step,
        "kyc-reminder:" + step.accountId() + ":" + step.count(),
        "KYC_REMINDER",
        "Your verification is not finished",
        "Your account verification still waits for you. Open the Verification page of the"
            + " portal to finish it.");
  }

  @Override
  @Transactional
  public List<String> missingDocuments(KycStep step) {
    ensure(step);
    String country =
        db.select(KYC_CASE.COUNTRY)
            .from(KYC_CASE)
            .where(KYC_CASE.ACCOUNT_ID.eq(step.accountId()))
            .fetchOne(KYC_CASE.COUNTRY);
    if (country == null) {
      return List.of();
    }
    boolean identityVerified =
        db.fetchExists(
            db.selectFrom(KYC_CASE)
                .where(KYC_CASE.ACCOUNT_ID.eq(step.accountId()))
                .and(KYC_CASE.IDENTITY_VERIFIED_AT.isNotNull()));
    Set<String> uploaded =
        db.selectDistinct(KYC_DOCUMENT.KIND)
            .from(KYC_DOCUMENT)
            .where(KYC_DOCUMENT.ACCOUNT_ID.eq(step.accountId()))
            .and(KYC_DOCUMENT.REVIEW_STATE.ne("REJECTED"))
            .and(KYC_DOCUMENT.DELETED_AT.isNull())
            .fetchSet(KYC_DOCUMENT.KIND);
    List<String> missing =
        gate
            .required(
                new TenantId(step.tenantId()),
                new AccountId(step.accountId()),
                country,
                NumberType.GEOGRAPHIC)
            .stream()
            .map(DidRequirement::document)
            // Stripe Identity proved it; without it an identity document goes to manual review
            .filter(d -> d != KycDocument.IDENTITY || !identityVerified)
            .distinct()
            .map(Enum::name)
            .filter(d -> !uploaded.contains(d))
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      move(step, KycState.DOCUMENTS_REQUIRED, null);
    }
    return missing;
  }

  @Override
  @Transactional
  public void inReview(KycStep step) {
    ensure(step);
    move(step, KycState.IN_REVIEW, null);
  }

  @Override
  @Transactional
  public void approve(KycStep step) {
    ensure(step);
    if (move(step, KycState.VERIFIED, null)) {
      db.update(KYC_DOCUMENT)
          .set(KYC_DOCUMENT.REVIEW_STATE, "APPROVED")
          .set(KYC_DOCUMENT.REVIEWED_BY, step.decision().decidedBy())
          .set(KYC_DOCUMENT.REVIEWED_AT, clock.instant())
          .where(KYC_DOCUMENT.ACCOUNT_ID.eq(step.accountId()))
          .and(KYC_DOCUMENT.REVIEW_STATE.eq("PENDING"))
          .execute();
    }
    email(
        step,
        "kyc-verified:" + step.accountId(),
        "KYC_VERIFIED",
        "Your account is verified",
        "Your identity and documents were accepted: you may now order numbers that need them.");
  }

  @Override
  @Transactional
  public void reject(KycStep step) {
    ensure(step);
    String reason = step.decision() == null ? null : step.decision().reason();
    move(step, KycState.REJECTED, reason);
    email(
        step,
        "kyc-rejected:" + step.accountId(),
        "KYC_REJECTED",
        "Your verification was not accepted",
        "Your account verification was not accepted. Reason: " + reason);
  }

  private void ensure(KycStep step) {
    db.insertInto(KYC_CASE)
        .set(KYC_CASE.ID, UUID.randomUUID())
        .set(KYC_CASE.TENANT_ID, step.tenantId())
        .set(KYC_CASE.ACCOUNT_ID, step.accountId())
        .set(KYC_CASE.WORKFLOW_ID, step.workflowId())
        .onConflict(KYC_CASE.ACCOUNT_ID)
        .doNothing()
        .execute();
  }

  /** Moves the case (audited); false when it is already there. */
  private boolean move(KycStep step, KycState to, String reason) {
    var r =
        db.selectFrom(KYC_CASE)
            .where(KYC_CASE.ACCOUNT_ID.eq(step.accountId()))
            .forUpdate()
            .fetchOne();
    if (r == null || to.name().equals(r.getState())) {
      return false;
    }
    String before = r.getState();
    r.setState(to.name());
    r.setWorkflowId(step.workflowId());
    r.setRejectReason(reason);
    if (step.decision() != null) {
      r.setDecidedBy(step.decision().decidedBy());
    }
    r.setUpdatedAt(clock.instant());
    r.setVersion(r.getVersion() + 1);
    r.store();
    TenantId tenant = new TenantId(step.tenantId());
    Actor actor =
        step.decision() == null
            ? Actor.system("kyc-workflow", tenant)
            : new Actor(
                null,
                step.decision().decidedBy(),
                tenant,
                Actor.system("kyc-workflow", tenant).roles(),
                null);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", to.name());
    after.put("reason", reason);
    audit.record(
        actor,
        tenant,
        AuditAction.UPDATE,
        ENTITY,
        r.getId().toString(),
        Map.of("state", before),
        after,
        step.workflowId());
    return true;
  }

  private void email(KycStep step, String dedup, String kind, String subject, String text) {
    Account a = accounts.find(new AccountId(step.accountId())).orElse(null);
    if (a == null || a.email() == null || a.email().isBlank()) {
      return;
    }
    String html =
        "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    outbox.enqueue(
        new EmailDraft(dedup, kind, a.tenantId(), a.email(), a.name(), subject, html, text));
  }
}
