package com.didtron.activities.payment;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.PaymentRecord;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.payment.TopUpInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Top-ups of customer balances: online through Stripe or PayPal (a pending payment and the
 * provider's checkout; the balance moves when the provider confirms), or entered by finance staff
 * with a reason (the balance moves at once). Payments are listed per tenant or per account.
 */
@Service
public class TopUps {
  static final String ENTITY = "payment";

  private final JooqPaymentRepository payments;
  private final AccountService accounts;
  private final PaymentLedger ledger;
  private final PaymentGateways gateways;
  private final AuditTrail audit;
  private final Clock clock;

  TopUps(
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

  /** Why a provider cannot be used right now, or null when it can; MANUAL is always available. */
  public String unavailableReason(PaymentProvider provider) {
    return switch (provider) {
      case STRIPE, PAYPAL -> gateways.of(provider).unavailableReason();
      case MANUAL -> null;
    };
  }

  /** The online providers configured on this platform. */
  public List<PaymentProvider> onlineProviders() {
    return List.of(PaymentProvider.STRIPE, PaymentProvider.PAYPAL).stream()
        .filter(p -> unavailableReason(p) == null)
        .toList();
  }

  /**
   * Opens a checkout for a top-up of the account (its own users or finance staff). On success the
   * payment is PENDING and carries the provider's checkout URL to send the payer to.
   *
   * @param returnBase the portal's base URL, e.g. {@code https://portal.example}
   */
  @Transactional
  public PaymentChange startOnline(
      Actor actor, AccountId id, PaymentProvider provider, TopUpInput input, String returnBase) {
    Account account = payable(actor, id);
    if (provider == PaymentProvider.MANUAL) {
      return PaymentChange.rejected(
          "provider", "Choose Stripe or PayPal; manual top-ups are entered by finance");
    }
    String unavailable = unavailableReason(provider);
    if (unavailable != null) {
      return PaymentChange.rejected("provider", provider + " is not available: " + unavailable);
    }
    List<FieldError> errors = new ArrayList<>(input.validate(true, false));
    if (errors.isEmpty() && !input.money().currency().equals(account.currency())) {
      errors.add(
          new FieldError(
              "currency", "Online top-ups are in the account's currency, " + account.currency()));
    }
    if (!errors.isEmpty()) {
      return new PaymentChange.Rejected(errors);
    }
    PaymentRecord r =
        payments.insert(
            account.tenantId(),
            id,
            provider,
            PaymentStatus.PENDING,
            input.money(),
            null,
            actor.name(),
            clock.instant());
    Payment pending = JooqPaymentRepository.toPayment(r);
    String back = returnBase.replaceAll("/+$", "") + "/balance?payment=" + r.getId();
    Checkout checkout = gateways.of(provider).checkout(pending, returnBase, back);
    r.setProviderRef(checkout.providerRef());
    r.setCheckoutUrl(checkout.url());
    r.store();
    Payment started = JooqPaymentRepository.toPayment(r);
    audit.record(
        actor,
        started.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        started.id().toString(),
        null,
        PaymentSnapshot.of(started));
    return new PaymentChange.Done(started);
  }

  /**
   * A top-up entered by finance staff (bank transfer, cash…): mandatory reason, credited at once.
   * Money received in another currency is converted into the account's at today's rate.
   */
  @Transactional
  public PaymentChange manual(Actor actor, AccountId id, TopUpInput input) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account account = payable(actor, id);
    List<FieldError> errors = input.validate(false, true);
    if (!errors.isEmpty()) {
      return new PaymentChange.Rejected(errors);
    }
    Money amount = input.money();
    if (!amount.currency().equals(account.currency())
        && ledger
            .conversionRate(account.tenantId(), amount.currency(), account.currency())
            .isEmpty()) {
      return PaymentChange.rejected(
          "currency",
          "No "
              + amount.currency()
              + "→"
              + account.currency()
              + " rate is known for today: set a manual rate (Finance → FX rates) or wait for the daily rates");
    }
    PaymentRecord r =
        payments.insert(
            account.tenantId(),
            id,
            PaymentProvider.MANUAL,
            PaymentStatus.COMPLETED,
            amount,
            input.reason().strip(),
            actor.name(),
            clock.instant());
    r.setCompletedAt(clock.instant());
    r.store();
    Payment done = JooqPaymentRepository.toPayment(r);
    ledger.credit(done, actor, null);
    audit.record(
        actor,
        done.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        done.id().toString(),
        null,
        PaymentSnapshot.of(done));
    return new PaymentChange.Done(done);
  }

  /** Payments of the tenant (staff), optionally of one account; portal users see only their own. */
  @Transactional(readOnly = true)
  public Page<Payment> find(Actor actor, AccountId account, PageRequest page) {
    if (!actor.isStaff()) {
      AccountId own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
      return payments.find(actor.tenantId(), own, page);
    }
    if (account != null) {
      accounts.get(actor, account);
    }
    return payments.find(actor.tenantId(), account, page);
  }

  @Transactional(readOnly = true)
  public Payment get(Actor actor, UUID id) {
    Payment p = payments.get(id).orElseThrow(() -> new AccessDenied("No such payment"));
    accounts.get(actor, p.accountId());
    return p;
  }

  private Account payable(Actor actor, AccountId id) {
    Account account = accounts.get(actor, id);
    if (!account.kind().buysFromUs()) {
      throw new AccessDenied("Only customer accounts have a balance to top up");
    }
    return account;
  }
}
