package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_DOCUMENT;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.kyc.identity.IdentitySettings;
import com.didtron.activities.kyc.identity.IdentityVerification;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.workflows.kyc.KycDecision;
import com.didtron.workflows.kyc.KycRequest;
import com.didtron.workflows.kyc.KycWorkflow;
import io.temporal.client.WorkflowClient;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account's KYC case: its state and documents (the account's users and staff), starting its
 * workflow (the customer from the Verification page, or staff), and the staff decision that the
 * workflow applies.
 */
@Service
@Facade
public class KycService {
  private final DSLContext db;
  private final AccountService accounts;
  private final WorkflowLauncher launcher;
  private final WorkflowClient client;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final StoredFiles files;
  private final Clock clock;
  private final IdentityVerification identity;
  private final KycSettings settings;
  private final ProvenKycGate gate;
  private final IdentitySettings identitySettings;

  KycService(
      DSLContext db,
      AccountService accounts,
      WorkflowLauncher launcher,
      WorkflowClient client,
      AuditTrail audit,
      TransactionTemplate tx,
      StoredFiles files,
      Clock clock,
      IdentityVerification identity,
      KycSettings settings,
      ProvenKycGate gate,
      IdentitySettings identitySettings) {
    this.identitySettings = identitySettings;
    this.identity = identity;
    this.settings = settings;
    this.gate = gate;
    this.db = db;
    this.accounts = accounts;
    this.launcher = launcher;
    this.client = client;
    this.audit = audit;
    this.tx = tx;
    this.files = files;
    this.clock = clock;
  }

  /** One uploaded document. */
  public record Document(
      UUID id, String kind, UUID storedFileId, LocalDate issuedOn, String reviewState) {}

  /** A case as shown to its account and staff. */
  public record KycCase(
      UUID accountId,
      String state,
      String country,
      boolean identityVerified,
      Instant identityVerifiedAt,
      String rejectReason,
      String workflowId,
      Instant updatedAt,
      List<Document> documents,
      String identityVerification,
      String identityVerificationNote,
      String identityStatus,
      String identityReason,
      List<Required> required) {}

  /**
   * A document the requirements ask of this account (numbers of the case's country), why, and
   * whether one is uploaded (and not rejected).
   *
   * @param maxAgeDays how old it may be, or null
   */
  public record Required(String document, String why, Integer maxAgeDays, boolean uploaded) {}

  /** Where the customer goes to verify the identity (Stripe's short-lived, single-use URL). */
  public record IdentityLink(String sessionId, String url) {}

  static final String WITH_STRIPE = "stripe";
  static final String UNAVAILABLE = "unavailable";

  /** The account's case (NOT_STARTED when it never began). */
  public KycCase get(Actor actor, AccountId account) {
    visible(actor, account);
    var r = db.selectFrom(KYC_CASE).where(KYC_CASE.ACCOUNT_ID.eq(account.value())).fetchOne();
    List<Document> docs =
        db.selectFrom(KYC_DOCUMENT)
            .where(KYC_DOCUMENT.ACCOUNT_ID.eq(account.value()))
            .and(KYC_DOCUMENT.DELETED_AT.isNull())
            .orderBy(KYC_DOCUMENT.CREATED_AT.desc())
            .fetch(
                d ->
                    new Document(
                        d.getId(),
                        d.getKind(),
                        d.getStoredFileId(),
                        d.getIssuedOn(),
                        d.getReviewState()));
    String mode = identity.available() ? WITH_STRIPE : UNAVAILABLE;
    String note =
        identity.available()
            ? "Your identity is checked online by Stripe Identity; other documents are reviewed by"
                + " our staff."
            : "Online identity verification is not available: verification is by manual review"
                + " only (upload an identity document).";
    if (r == null) {
      return new KycCase(
          account.value(),
          KycState.NOT_STARTED.name(),
          null,
          false,
          null,
          null,
          null,
          null,
          docs,
          mode,
          note,
          null,
          null,
          List.of());
    }
    return new KycCase(
        account.value(),
        r.getState(),
        r.getCountry(),
        r.getIdentityVerifiedAt() != null,
        r.getIdentityVerifiedAt(),
        r.getRejectReason(),
        r.getWorkflowId(),
        r.getUpdatedAt(),
        docs,
        mode,
        note,
        r.getIdentityStatus(),
        r.getIdentityReason(),
        required(r.getTenantId(), account, r.getCountry(), r.getIdentityVerifiedAt(), docs));
  }

  private List<Required> required(
      UUID tenant, AccountId account, String country, Instant identityAt, List<Document> docs) {
    if (country == null) {
      return List.of();
    }
    Set<String> uploaded =
        docs.stream()
            .filter(d -> !"REJECTED".equals(d.reviewState()))
            .map(Document::kind)
            .collect(Collectors.toSet());
    Map<KycDocument, Required> out = new LinkedHashMap<>();
    for (DidRequirement q :
        gate.required(new TenantId(tenant), account, country, NumberType.GEOGRAPHIC)) {
      String why = q.note().isBlank() ? why(q.document(), country) : q.note();
      boolean done =
          uploaded.contains(q.document().name())
              || (q.document() == KycDocument.IDENTITY && identityAt != null);
      out.putIfAbsent(q.document(), new Required(q.document().name(), why, q.maxAgeDays(), done));
    }
    return List.copyOf(out.values());
  }

  private static String why(KycDocument d, String country) {
    return switch (d) {
      case IDENTITY -> "Regulators in " + country + " require the number's user to be identified";
      case PROOF_OF_ADDRESS ->
          "Numbers of " + country + " are assigned to an address: a utility bill or bank statement";
      case LOCAL_ADDRESS -> "Numbers of " + country + " need an address inside the country";
      case BUSINESS_REGISTRATION -> "These numbers are for businesses: a company register extract";
      case SERVICE_DESCRIPTION -> "What the numbers will be used for";
    };
  }

  /**
   * The URL where the account's customer verifies the identity with Stripe (the "Verify identity"
   * button): a fresh one for the open session, or a new session when the last one was canceled.
   * Refused (with the reason) when online verification is not available or not the current step.
   */
  public IdentityLink identityLink(Actor actor, AccountId account) {
    Account a = visible(actor, account);
    if (actor.has(Role.AUDITOR) && actor.roles().size() == 1) {
      throw new AccessDenied("Auditors cannot verify an identity");
    }
    if (!identity.available()) {
      throw new IllegalStateException(
          "Online identity verification is not available: verification is by manual review");
    }
    var r = db.selectFrom(KYC_CASE).where(KYC_CASE.ACCOUNT_ID.eq(account.value())).fetchOne();
    if (r == null || !KycState.IDENTITY_PENDING.name().equals(r.getState())) {
      throw new IllegalStateException(
          "Identity verification is not the current step (the verification is "
              + (r == null ? "not started" : r.getState().toLowerCase(Locale.ROOT))
              + ")");
    }
    if ("processing".equals(r.getIdentityStatus())) {
      throw new IllegalStateException("Stripe is checking your document: wait for the result");
    }
    if (r.getStripeSessionId() != null && !"canceled".equals(r.getIdentityStatus())) {
      IdentityVerification.Session s = identity.resume(r.getStripeSessionId());
      if (s.url() == null) {
        throw new IllegalStateException(
            "The verification session is " + s.status() + ": nothing to submit");
      }
      return new IdentityLink(s.id(), s.url());
    }
    String previous =
        r.getStripeSessionId() == null ? r.getId().toString() : r.getStripeSessionId();
    IdentityVerification.Session s =
        identity.createSession(
            account.value(), identitySettings.returnUrl(), "kyc-identity-retry-" + previous);
    tx.executeWithoutResult(
        t -> {
          db.update(KYC_CASE)
              .set(KYC_CASE.STRIPE_SESSION_ID, s.id())
              .set(KYC_CASE.IDENTITY_STATUS, "requires_input")
              .set(KYC_CASE.IDENTITY_REASON, (String) null)
              .set(KYC_CASE.UPDATED_AT, clock.instant())
              .where(KYC_CASE.ACCOUNT_ID.eq(account.value()))
              .execute();
          Map<String, Object> before = new LinkedHashMap<>();
          before.put("session", r.getStripeSessionId());
          audit.record(
              actor,
              a.tenantId(),
              AuditAction.UPDATE,
              KycActivitiesImpl.ENTITY,
              r.getId().toString(),
              before,
              Map.of("session", s.id()));
        });
    return new IdentityLink(s.id(), s.url());
  }

  /**
   * Starts the account's verification for numbers of {@code country} (the account's own users or
   * staff); a case already under way is left as it is.
   */
  public KycCase start(Actor actor, AccountId account, String country) {
    Account a = visible(actor, account);
    if (actor.has(Role.AUDITOR) && actor.roles().size() == 1) {
      throw new AccessDenied("Auditors cannot start a verification");
    }
    String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    if (code != null && !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("The country must be a 2-letter ISO code");
    }
    KycCase now = get(actor, account);
    if (!now.state().equals(KycState.NOT_STARTED.name())
        && !now.state().equals(KycState.REJECTED.name())) {
      return now;
    }
    String workflowId = KycWorkflow.workflowId(account.value());
    tx.executeWithoutResult(
        s -> {
          db.insertInto(KYC_CASE)
              .set(KYC_CASE.ID, UUID.randomUUID())
              .set(KYC_CASE.TENANT_ID, a.tenantId().value())
              .set(KYC_CASE.ACCOUNT_ID, account.value())
              .set(KYC_CASE.COUNTRY, code)
              .set(KYC_CASE.WORKFLOW_ID, workflowId)
              .onConflict(KYC_CASE.ACCOUNT_ID)
              .doUpdate()
              .set(KYC_CASE.COUNTRY, code)
              .set(KYC_CASE.STATE, KycState.NOT_STARTED.name())
              .set(KYC_CASE.REJECT_REASON, (String) null)
              .set(KYC_CASE.WORKFLOW_ID, workflowId)
              .set(KYC_CASE.STRIPE_SESSION_ID, (String) null)
              .set(KYC_CASE.IDENTITY_STATUS, (String) null)
              .set(KYC_CASE.IDENTITY_REASON, (String) null)
              .execute();
          audit.record(
              actor,
              a.tenantId(),
              AuditAction.UPDATE,
              KycActivitiesImpl.ENTITY,
              account.value().toString(),
              Map.of("state", now.state()),
              Map.of("state", "STARTED", "country", String.valueOf(code)));
        });
    launcher.start(
        new WorkflowLauncher.Start(
            KycWorkflow.class,
            workflowId,
            "kyc " + a.name(),
            a.tenantId(),
            null,
            new KycRequest(
                a.tenantId().value(),
                account.value(),
                identity.available() && !now.identityVerified(),
                settings.reminderHours(),
                settings.expiryDays() * 24)));
    return get(actor, account);
  }

  /**
   * Keeps an uploaded KYC document of {@code account} (the account's users or staff) through the
   * storage port — PDF, JPEG or PNG within {@code didtron.storage.kyc-document-max}, else refused
   * with the reason — and tells a running verification that something was uploaded.
   */
  public Document upload(
      Actor actor,
      AccountId account,
      KycDocument kind,
      LocalDate issued,
      String name,
      InputStream body) {
    Account a = visible(actor, account);
    if (kind == null) {
      throw new IllegalArgumentException("Say which document this is (kind)");
    }
    if (issued != null && issued.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new IllegalArgumentException("The issue date is in the future");
    }
    StoredFile file = files.upload(actor, account, FileKind.KYC_DOCUMENT, name, body);
    UUID id = UUID.randomUUID();
    tx.executeWithoutResult(
        s -> {
          db.insertInto(KYC_DOCUMENT)
              .set(KYC_DOCUMENT.ID, id)
              .set(KYC_DOCUMENT.TENANT_ID, a.tenantId().value())
              .set(KYC_DOCUMENT.ACCOUNT_ID, account.value())
              .set(KYC_DOCUMENT.KIND, kind.name())
              .set(KYC_DOCUMENT.STORED_FILE_ID, file.id())
              .set(KYC_DOCUMENT.ISSUED_ON, issued)
              .execute();
          audit.record(
              actor,
              a.tenantId(),
              AuditAction.CREATE,
              "kyc_document",
              id.toString(),
              null,
              Map.of(
                  "kind",
                  kind.name(),
                  "file",
                  file.id().toString(),
                  "issued",
                  String.valueOf(issued)));
        });
    KycCase c = get(actor, account);
    if (c.workflowId() != null
        && !c.state().equals(KycState.VERIFIED.name())
        && !c.state().equals(KycState.REJECTED.name())
        && !c.state().equals(KycState.NOT_STARTED.name())) {
      try {
        client.newWorkflowStub(KycWorkflow.class, c.workflowId()).documentUploaded();
      } catch (RuntimeException e) {
        // the workflow has ended; the document waits for the next verification
      }
    }
    return new Document(id, kind.name(), file.id(), issued, "PENDING");
  }

  /** Staff approve the case: the workflow marks it VERIFIED and emails the customer. */
  public void approve(Actor actor, AccountId account) {
    stub(actor, account).approve(new KycDecision(actor.name(), null));
  }

  /** Staff reject the case with a reason, emailed to the customer. */
  public void reject(Actor actor, AccountId account, String reason) {
    if (reason == null || reason.strip().length() < 3) {
      throw new IllegalArgumentException("Say why the verification is rejected");
    }
    stub(actor, account).reject(new KycDecision(actor.name(), reason.strip()));
  }

  /** Cases waiting for staff, oldest first (staff only). */
  public List<KycCase> queue(Actor actor) {
    requireReviewer(actor);
    return db
        .select(KYC_CASE.ACCOUNT_ID)
        .from(KYC_CASE)
        .where(KYC_CASE.TENANT_ID.eq(actor.tenantId().value()))
        .and(KYC_CASE.STATE.eq(KycState.IN_REVIEW.name()))
        .orderBy(KYC_CASE.UPDATED_AT)
        .limit(200)
        .fetch(KYC_CASE.ACCOUNT_ID)
        .stream()
        .map(id -> get(actor, new AccountId(id)))
        .toList();
  }

  private KycWorkflow stub(Actor actor, AccountId account) {
    requireReviewer(actor);
    KycCase c = get(actor, account);
    if (c.workflowId() == null
        || c.state().equals(KycState.VERIFIED.name())
        || c.state().equals(KycState.REJECTED.name())
        || c.state().equals(KycState.NOT_STARTED.name())) {
      throw new IllegalStateException(
          "The verification is " + c.state().toLowerCase(Locale.ROOT) + ": nothing to decide");
    }
    return client.newWorkflowStub(KycWorkflow.class, c.workflowId());
  }

  private static void requireReviewer(Actor actor) {
    if (!actor.isStaff() || actor.roles().stream().allMatch(r -> r == Role.AUDITOR)) {
      throw new AccessDenied("Only staff review verifications");
    }
  }

  private Account visible(Actor actor, AccountId account) {
    return accounts.get(actor, account);
  }
}
