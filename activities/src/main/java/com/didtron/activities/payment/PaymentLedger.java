package com.didtron.activities.payment;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.fx.FxRates;
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
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger side of payments: a completed top-up debits payment clearing and credits the
 * customer's balance (key {@code payment:<id>}); a refund reverses that entry (key {@code
 * refund:<id>}). Both tell the balance monitor.
 */
@Component
class PaymentLedger {
  private final Ledger ledger;
  private final BalanceMonitor balances;
  private final AccountService accounts;
  private final FxRates fx;
  private final Clock clock;
  private final List<PaymentReceivers> receivers;

  PaymentLedger(
      Ledger ledger,
      BalanceMonitor balances,
      AccountService accounts,
      FxRates fx,
      Clock clock,
      List<PaymentReceivers> receivers) {
    this.receivers = receivers;
    this.ledger = ledger;
    this.balances = balances;
    this.accounts = accounts;
    this.fx = fx;
    this.clock = clock;
  }

  /** The rate a top-up in {@code paid} would be converted at today into the account's currency. */
  Optional<BigDecimal> conversionRate(TenantId tenant, CurrencyCode paid, CurrencyCode account) {
    return fx.rate(tenant, paid, account, today());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Posted credit(Payment p, Actor actor, String workflowId) {
    LedgerAccount clearing = ledger.chart().postable(p.tenantId(), LedgerPurpose.PAYMENT_CLEARING);
    LedgerAccount customer =
        ledger.chart().party(p.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, p.accountId());
    CurrencyCode accountCurrency =
        accounts.get(Actor.system("payments", p.tenantId()), p.accountId()).currency();
    String memo =
        p.provider() + (p.providerPaymentRef() == null ? "" : " " + p.providerPaymentRef());
    List<Posting> postings =
        p.amount().currency().equals(accountCurrency)
            ? List.of(
                Posting.debit(clearing.id(), p.amount(), memo),
                Posting.credit(customer.id(), p.amount(), memo))
            : converted(p, accountCurrency, clearing, customer, memo);
    JournalEntryDraft draft =
        new JournalEntryDraft(
            p.tenantId(),
            today(),
            "Top-up via "
                + p.provider().name().toLowerCase()
                + (p.reason() == null ? "" : ": " + p.reason()),
            SourceRef.of(SourceType.PAYMENT, p.id()),
            workflowId,
            "payment:" + p.id(),
            postings);
    Posted posted = ledger.post(draft, actor);
    balances.changed(p.tenantId(), p.accountId());
    Money credited = postings.get(postings.size() - 1).amount();
    Money positive = credited.isNegative() ? credited.negate() : credited;
    receivers.forEach(r -> r.received(p, positive));
    return posted;
  }

  /**
   * Money received in another currency than the account's: it enters clearing in the currency paid
   * and is exchanged through the FX account at the day's rate, so each currency balances on its
   * own.
   */
  private List<Posting> converted(
      Payment p,
      CurrencyCode accountCurrency,
      LedgerAccount clearing,
      LedgerAccount customer,
      String memo) {
    BigDecimal rate =
        conversionRate(p.tenantId(), p.amount().currency(), accountCurrency)
            .orElseThrow(
                () ->
                    new LedgerRuleViolation(
                        "no "
                            + p.amount().currency()
                            + "→"
                            + accountCurrency
                            + " rate for "
                            + today()));
    Money credited =
        new Money(
            p.amount().amount().multiply(rate).setScale(Money.SCALE, RoundingMode.HALF_UP),
            accountCurrency);
    LedgerAccount exchange = ledger.chart().postable(p.tenantId(), LedgerPurpose.FX_DIFFERENCES);
    String fxMemo =
        memo
            + " at "
            + rate.stripTrailingZeros().toPlainString()
            + " "
            + accountCurrency
            + "/"
            + p.amount().currency();
    return List.of(
        Posting.debit(clearing.id(), p.amount(), memo),
        Posting.credit(exchange.id(), p.amount(), fxMemo),
        Posting.debit(exchange.id(), credited, fxMemo),
        Posting.credit(customer.id(), credited, fxMemo));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Posted refund(Payment p, String reason, Actor actor) {
    var original =
        ledger
            .entryByKey(p.tenantId(), "payment:" + p.id())
            .orElseThrow(
                () -> new LedgerRuleViolation("payment " + p.id() + " was never credited"));
    Posted posted =
        ledger.reverse(
            new ReversalRequest(
                p.tenantId(),
                original.id(),
                SourceRef.of(SourceType.PAYMENT, p.id()),
                "refund: " + reason,
                today(),
                null,
                "refund:" + p.id()),
            actor);
    balances.changed(p.tenantId(), p.accountId());
    return posted;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
