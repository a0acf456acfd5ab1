package com.didtron.activities.payment;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.PaymentRecord;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds a completed top-up in full (finance staff, mandatory reason): the provider is asked to
 * pay the money back (Stripe, PayPal), then the top-up's ledger entry is reversed. A refund happens
 * once.
 */
@Service
public class Refunds {
  private final JooqPaymentRepository payments;
  private final AccountService accounts;
  private final PaymentLedger ledger;
  private final PaymentGateways gateways;
  private final AuditTrail audit;
  private final Clock clock;

  Refunds(
      JooqPaymentRepository payments,
      AccountService accounts,
      PaymentLedger ledger,
      PaymentGateways gateways,
      AuditTrail audit,
      Clock clock) {
    this.payments = payments;
    this.accounts = accounts;
    this.ledger = ledger;
    this.gateways = gateways;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public PaymentChange refund(Actor actor, UUID paymentId, String reason) {
    LedgerAccess.requireFinanceAdmin(actor);
    PaymentRecord r =
        payments.lock(paymentId).orElseThrow(() -> new AccessDenied("No such payment"));
    Payment before = JooqPaymentRepository.toPayment(r);
    accounts.get(actor, before.accountId());
    if (reason == null || reason.strip().length() < 3) {
      return PaymentChange.rejected("reason", "Give a reason (at least 3 characters)");
    }
    if (before.status() == PaymentStatus.REFUNDED) {
      return new PaymentChange.Done(before);
    }
    if (!before.status().isRefundable()) {
      return PaymentChange.rejected(
          "status", "Only completed payments can be refunded; this one is " + before.status());
    }
    if (before.provider() != PaymentProvider.MANUAL) {
      gateways.of(before.provider()).refund(before);
    }
    r.setStatus(before.status().refund());
    r.setRefundedAt(clock.instant());
    r.setRefundReason(reason.strip());
    r.setUpdatedAt(clock.instant());
    r.store();
    Payment after = JooqPaymentRepository.toPayment(r);
    ledger.refund(after, reason.strip(), actor);
    audit.record(
        actor,
        after.tenantId(),
        AuditAction.UPDATE,
        TopUps.ENTITY,
        after.id().toString(),
        PaymentSnapshot.of(before),
        PaymentSnapshot.of(after));
    return new PaymentChange.Done(after);
  }
}
