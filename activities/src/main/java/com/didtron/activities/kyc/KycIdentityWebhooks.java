package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_WEBHOOK_EVENT;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.kyc.identity.IdentityEvent;
import com.didtron.activities.kyc.identity.IdentityVerification;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.kyc.KycWorkflow;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies Stripe Identity webhooks ({@code identity.verification_session.verified | requires_input
 * | canceled | processing}) to the case that holds the session, once per event id ({@code
 * kyc_webhook_event}); a verified session stamps {@code identity_verified_at} and signals the
 * case's workflow, which moves on to documents and review. The signature is checked by the adapter
 * before anything is read.
 */
@Service
@Facade
public class KycIdentityWebhooks {
  private static final Logger log = LoggerFactory.getLogger(KycIdentityWebhooks.class);
  static final String PREFIX = "identity.verification_session.";
  private static final Set<String> STATUSES =
      Set.of("verified", "requires_input", "canceled", "processing");

  /** What a delivery did. */
  public enum Result {
    APPLIED,
    /** The event id was applied before: nothing changes. */
    DUPLICATE_EVENT,
    /** Not an identity session event we act on. */
    IGNORED,
    /** No case holds the session: refused. */
    UNKNOWN_SESSION
  }

  private final IdentityVerification identity;
  private final DSLContext db;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private final WorkflowClient client;
  private final Clock clock;

  KycIdentityWebhooks(
      IdentityVerification identity,
      DSLContext db,
      TransactionTemplate tx,
      AuditTrail audit,
      WorkflowClient client,
      Clock clock) {
    this.identity = identity;
    this.db = db;
    this.tx = tx;
    this.audit = audit;
    this.client = client;
    this.clock = clock;
  }

  /**
   * Verifies and applies one delivery; a bad signature throws {@link
   * com.didtron.activities.kyc.identity.BadIdentityWebhook}.
   */
  public Result receive(String payload, String signatureHeader) {
    IdentityEvent e = identity.verify(payload, signatureHeader);
    String status =
        e.type() != null && e.type().startsWith(PREFIX) ? e.type().substring(PREFIX.length()) : "";
    if (e.sessionId() == null || !STATUSES.contains(status)) {
      return Result.IGNORED;
    }
    String[] signal = new String[1];
    Result result =
        tx.execute(
            s -> {
              var c =
                  db.selectFrom(KYC_CASE)
                      .where(KYC_CASE.STRIPE_SESSION_ID.eq(e.sessionId()))
                      .forUpdate()
                      .fetchOne();
              if (c == null) {
                return Result.UNKNOWN_SESSION;
              }
              int fresh =
                  db.insertInto(KYC_WEBHOOK_EVENT)
                      .set(KYC_WEBHOOK_EVENT.EVENT_ID, e.eventId())
                      .set(KYC_WEBHOOK_EVENT.SESSION_ID, e.sessionId())
                      .set(KYC_WEBHOOK_EVENT.TYPE, e.type())
                      .set(KYC_WEBHOOK_EVENT.ACCOUNT_ID, c.getAccountId())
                      .onConflictDoNothing()
                      .execute();
              if (c.getIdentityVerifiedAt() != null
                  && KycState.IDENTITY_PENDING.name().equals(c.getState())) {
                signal[0] = c.getWorkflowId();
              }
              if (fresh == 0) {
                return Result.DUPLICATE_EVENT;
              }
              Map<String, Object> before = new LinkedHashMap<>();
              before.put("identityStatus", c.getIdentityStatus());
              if ("verified".equals(c.getIdentityStatus()) && !"verified".equals(status)) {
                return Result.IGNORED; // a late event never undoes a verification
              }
              c.setIdentityStatus(status);
              switch (status) {
                case "verified" -> {
                  c.setIdentityReason(null);
                  if (c.getIdentityVerifiedAt() == null) {
                    c.setIdentityVerifiedAt(clock.instant());
                  }
                }
                case "requires_input" ->
                    c.setIdentityReason(
                        e.reason() == null || e.reason().isBlank()
                            ? "Stripe could not verify the document: please try again"
                            : truncate(e.reason()));
                case "canceled" ->
                    c.setIdentityReason("The verification session was canceled: start it again");
                default -> c.setIdentityReason(null);
              }
              c.setUpdatedAt(clock.instant());
              c.setVersion(c.getVersion() + 1);
              c.store();
              Map<String, Object> after = new LinkedHashMap<>();
              after.put("identityStatus", status);
              after.put("reason", c.getIdentityReason());
              after.put("event", e.eventId());
              TenantId tenant = new TenantId(c.getTenantId());
              audit.record(
                  Actor.system("stripe-identity", tenant),
                  tenant,
                  AuditAction.UPDATE,
                  KycActivitiesImpl.ENTITY,
                  c.getId().toString(),
                  before,
                  after,
                  c.getWorkflowId());
              if ("verified".equals(status)
                  && KycState.IDENTITY_PENDING.name().equals(c.getState())) {
                signal[0] = c.getWorkflowId();
              }
              return Result.APPLIED;
            });
    if (signal[0] != null) {
      try {
        client.newWorkflowStub(KycWorkflow.class, signal[0]).identityVerified();
      } catch (RuntimeException ex) {
        log.warn("Could not signal {} that the identity is verified: {}", signal[0], ex.toString());
      }
    }
    if (result == Result.UNKNOWN_SESSION) {
      log.warn("Stripe Identity event {} names an unknown session {}", e.eventId(), e.sessionId());
    }
    return result;
  }

  private static String truncate(String s) {
    String t = s.strip();
    return t.length() > 500 ? t.substring(0, 500) : t;
  }
}
