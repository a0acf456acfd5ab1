package com.didtron.activities.payment;

import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.Posted;
import com.didtron.activities.ledger.ReversalRequest;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.LedgerRuleViolation;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.payment.Payment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger side of payments: a completed top-up debits payment clearing and credits the
 * customer's balance (key {@code payment:<id>}); a refund reverses that entry (key
 * {@code refund:<id>}). Both tell the balance monitor.
 */
@Component
class PaymentLedger {
  private final Ledger ledger;
  private final BalanceMonitor balances;
  private final Clock clock;

  PaymentLedger(Ledger ledger, BalanceMonitor balances, Clock clock) {
    this.ledger = ledger;
    this.balances = balances;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Posted credit(Payment p, Actor actor, String workflowId) {
    LedgerAccount clearing = ledger.chart().postable(p.tenantId(), LedgerPurpose.PAYMENT_CLEARING);
    LedgerAccount customer = ledger.chart().party(p.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, p.accountId());
    String memo = p.provider() + (p.providerPaymentRef() == null ? "" : " " + p.providerPaymentRef());
    JournalEntryDraft draft = new JournalEntryDraft(p.tenantId(), today(),
        "Top-up via " + p.provider().name().toLowerCase() + (p.reason() == null ? "" : ": " + p.reason()),
        SourceRef.of(SourceType.PAYMENT, p.id()), workflowId, "payment:" + p.id(),
        List.of(Posting.debit(clearing.id(), p.amount(), memo), Posting.credit(customer.id(), p.amount(), memo)));
    Posted posted = ledger.post(draft, actor);
    balances.changed(p.tenantId(), p.accountId());
    return posted;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Posted refund(Payment p, String reason, Actor actor) {
    var original = ledger.entryByKey(p.tenantId(), "payment:" + p.id())
        .orElseThrow(() -> new LedgerRuleViolation("payment " + p.id() + " was never credited"));
    Posted posted = ledger.reverse(new ReversalRequest(p.tenantId(), original.id(),
        SourceRef.of(SourceType.PAYMENT, p.id()), "refund: " + reason, today(), null, "refund:" + p.id()), actor);
    balances.changed(p.tenantId(), p.accountId());
    return posted;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
