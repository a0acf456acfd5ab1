package com.didtron.activities.payment;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.PaymentRecord;
import com.didtron.activities.payment.ProviderEvent.Outcome;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies verified provider events (webhooks, PayPal captures) to payments, exactly once: the event
 * id is recorded first (a redelivery stops there), the payment row is locked, and the ledger
 * entry's idempotency key is the payment id — so ten deliveries of one event, or a webhook racing
 * the capture of the same payment, credit the balance once.
 */
@Service
public class PaymentEvents {
  private static final Logger log = LoggerFactory.getLogger(PaymentEvents.class);

  /** What happened to an event. */
  public enum Result {
    CREDITED,
    FAILED,
    DUPLICATE_EVENT,
    ALREADY_DONE,
    IGNORED,
    UNKNOWN_PAYMENT,
    AMOUNT_MISMATCH
  }

  private final JooqPaymentRepository payments;
  private final PaymentLedger ledger;
  private final AuditTrail audit;
  private final Clock clock;

  PaymentEvents(
      JooqPaymentRepository payments, PaymentLedger ledger, AuditTrail audit, Clock clock) {
    this.payments = payments;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Result apply(ProviderEvent event) {
    if (!payments.firstDelivery(event, clock.instant())) {
      return Result.DUPLICATE_EVENT;
    }
    Optional<PaymentRecord> found =
        event.paymentId() != null
            ? payments.lock(event.paymentId())
            : event.providerRef() != null
                ? payments.lockByRef(event.provider(), event.providerRef())
                : Optional.empty();
    Result result =
        found
            .map(r -> apply(event, r))
            .orElse(event.outcome() == Outcome.IGNORED ? Result.IGNORED : Result.UNKNOWN_PAYMENT);
    if (result == Result.UNKNOWN_PAYMENT) {
      log.warn(
          "{} event {} ({}) names no payment of ours",
          event.provider(),
          event.eventId(),
          event.type());
    }
    payments.eventOutcome(event, found.map(PaymentRecord::getId).orElse(null), result.name());
    return result;
  }

  private Result apply(ProviderEvent event, PaymentRecord r) {
    PaymentStatus status = r.getStatus();
    if (event.outcome() == Outcome.IGNORED) {
      return Result.IGNORED;
    }
    if (status != PaymentStatus.PENDING) {
      return Result.ALREADY_DONE;
    }
    Payment before = JooqPaymentRepository.toPayment(r);
    Actor actor =
        Actor.system(
            event.provider().name().toLowerCase() + "-webhook", new TenantId(r.getTenantId()));
    if (event.outcome() == Outcome.FAILED) {
      return save(r, status.fail(), before, actor, Result.FAILED);
    }
    if (event.amount() == null || !event.amount().equals(before.amount())) {
      log.error(
          "{} event {} pays {} for payment {} of {}: not credited",
          event.provider(),
          event.eventId(),
          event.amount(),
          r.getId(),
          before.amount());
      return Result.AMOUNT_MISMATCH;
    }
    if (event.providerPaymentRef() != null) {
      r.setProviderPaymentRef(event.providerPaymentRef());
    }
    r.setCompletedAt(clock.instant());
    Result result = save(r, status.complete(), before, actor, Result.CREDITED);
    ledger.credit(JooqPaymentRepository.toPayment(r), actor, null);
    return result;
  }

  private Result save(
      PaymentRecord r, PaymentStatus status, Payment before, Actor actor, Result result) {
    r.setStatus(status);
    r.setUpdatedAt(clock.instant());
    r.store();
    Payment after = JooqPaymentRepository.toPayment(r);
    Map<String, Object> was = PaymentSnapshot.of(before);
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        TopUps.ENTITY,
        after.id().toString(),
        was,
        PaymentSnapshot.of(after));
    return result;
  }
}
