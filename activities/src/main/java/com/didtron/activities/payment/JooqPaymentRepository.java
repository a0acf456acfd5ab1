package com.didtron.activities.payment;

import static com.didtron.activities.db.Tables.PAYMENT;
import static com.didtron.activities.db.Tables.PAYMENT_EVENT;

import com.didtron.activities.db.tables.records.PaymentRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqPaymentRepository {
  private final DSLContext db;

  JooqPaymentRepository(DSLContext db) {
    this.db = db;
  }

  PaymentRecord insert(
      TenantId tenant,
      AccountId account,
      PaymentProvider provider,
      PaymentStatus status,
      Money amount,
      String reason,
      String createdBy,
      Instant now) {
    PaymentRecord r = db.newRecord(PAYMENT);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setAccountId(account.value());
    r.setProvider(provider.name());
    r.setStatus(status);
    r.setAmount(amount.amount());
    r.setCurrency(amount.currency().code());
    r.setReason(reason);
    r.setCreatedBy(createdBy);
    r.setCreatedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return r;
  }

  Optional<PaymentRecord> lock(UUID id) {
    return db.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).forUpdate().fetchOptional();
  }

  Optional<PaymentRecord> lockByRef(PaymentProvider provider, String providerRef) {
    return db.selectFrom(PAYMENT)
        .where(PAYMENT.PROVIDER.eq(provider.name()))
        .and(PAYMENT.PROVIDER_REF.eq(providerRef))
        .forUpdate()
        .fetchOptional();
  }

  Optional<Payment> byRef(PaymentProvider provider, String providerRef) {
    return db.selectFrom(PAYMENT)
        .where(PAYMENT.PROVIDER.eq(provider.name()))
        .and(PAYMENT.PROVIDER_REF.eq(providerRef))
        .fetchOptional(JooqPaymentRepository::toPayment);
  }

  Optional<Payment> get(UUID id) {
    return db.selectFrom(PAYMENT)
        .where(PAYMENT.ID.eq(id))
        .fetchOptional(JooqPaymentRepository::toPayment);
  }

  Page<Payment> find(TenantId tenant, AccountId account, PageRequest page) {
    Condition where = PAYMENT.TENANT_ID.eq(tenant.value());
    if (account != null) {
      where = where.and(PAYMENT.ACCOUNT_ID.eq(account.value()));
    }
    long total = db.fetchCount(PAYMENT, where);
    return new Page<>(
        db.selectFrom(PAYMENT)
            .where(where)
            .orderBy(PAYMENT.CREATED_AT.desc(), PAYMENT.ID)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(JooqPaymentRepository::toPayment),
        total);
  }

  /** Records a provider event once; false when this event id was seen before. */
  boolean firstDelivery(ProviderEvent e, Instant now) {
    return db.insertInto(PAYMENT_EVENT)
            .set(PAYMENT_EVENT.PROVIDER, e.provider().name())
            .set(PAYMENT_EVENT.EVENT_ID, e.eventId())
            .set(PAYMENT_EVENT.TYPE, e.type())
            .set(PAYMENT_EVENT.OUTCOME, "RECEIVED")
            .set(PAYMENT_EVENT.RECEIVED_AT, now)
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  void eventOutcome(ProviderEvent e, UUID paymentId, String outcome) {
    db.update(PAYMENT_EVENT)
        .set(PAYMENT_EVENT.OUTCOME, outcome)
        .set(PAYMENT_EVENT.PAYMENT_ID, paymentId)
        .where(
            PAYMENT_EVENT
                .PROVIDER
                .eq(e.provider().name())
                .and(PAYMENT_EVENT.EVENT_ID.eq(e.eventId())))
        .execute();
  }

  long events(PaymentProvider provider, String eventId) {
    return db.fetchCount(
        PAYMENT_EVENT,
        PAYMENT_EVENT.PROVIDER.eq(provider.name()).and(PAYMENT_EVENT.EVENT_ID.eq(eventId)));
  }

  static Payment toPayment(PaymentRecord r) {
    return new Payment(
        r.getId(),
        new TenantId(r.getTenantId()),
        new AccountId(r.getAccountId()),
        PaymentProvider.valueOf(r.getProvider()),
        r.getStatus(),
        new Money(r.getAmount(), new CurrencyCode(r.getCurrency())),
        r.getProviderRef(),
        r.getProviderPaymentRef(),
        r.getCheckoutUrl(),
        r.getReason(),
        r.getCreatedBy(),
        r.getCreatedAt(),
        r.getCompletedAt(),
        r.getRefundedAt(),
        r.getRefundReason());
  }
}
