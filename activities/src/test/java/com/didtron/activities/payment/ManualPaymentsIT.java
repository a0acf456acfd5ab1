package com.didtron.activities.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Manual top-ups, adjustments and refunds by finance staff: reasons, clear errors, audit. */
class ManualPaymentsIT extends ActivitiesIT {
  @Autowired TopUps topUps;
  @Autowired Adjustments adjustments;
  @Autowired Refunds refunds;
  @Autowired CustomerBalances balances;
  @Autowired AuditLog auditLog;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;

  private Account customer() {
    return money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
  }

  @Test
  void aManualTopUpWithAReasonIsCreditedAtOnceAndAudited() {
    Account c = customer();
    PaymentChange change =
        topUps.manual(admin(), c.id(), new TopUpInput("100", "USD", "bank transfer 2026-118"));
    Payment p = ((PaymentChange.Done) change).payment();
    assertThat(p.status()).isEqualTo(PaymentStatus.COMPLETED);
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("100", "USD"));
    assertThat(
            auditLog
                .find(
                    admin(),
                    new AuditQuery(null, "payment", p.id().toString(), null, null),
                    PageRequest.first(5))
                .rows())
        .singleElement()
        .satisfies(e -> assertThat(e.afterJson()).contains("bank transfer 2026-118"));
  }

  @Test
  void zeroNegativeUnknownCurrencyAndMissingReasonGetClearErrors() {
    Account c = customer();
    assertThat(message(topUps.manual(admin(), c.id(), new TopUpInput("0", "USD", "reason ok"))))
        .isEqualTo("The amount must be greater than zero");
    assertThat(message(topUps.manual(admin(), c.id(), new TopUpInput("-10", "USD", "reason ok"))))
        .isEqualTo("The amount must be greater than zero");
    assertThat(message(topUps.manual(admin(), c.id(), new TopUpInput("10", "XYZ", "reason ok"))))
        .isEqualTo("Currency: unknown currency XYZ");
    assertThat(message(topUps.manual(admin(), c.id(), new TopUpInput("10", "USD", " "))))
        .contains("Give a reason");
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();
  }

  @Test
  void customersCannotEnterManualTopUpsOrAdjustments() {
    Account c = customer();
    var portal = actorOf(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    assertThatThrownBy(
            () -> topUps.manual(portal, c.id(), new TopUpInput("10", "USD", "free money")))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () ->
                adjustments.adjust(
                    portal,
                    c.id(),
                    Adjustments.Direction.CREDIT,
                    new TopUpInput("10", "USD", "free money")))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void adjustmentsCreditAgainstPromotionalCreditAndChargeAgainstRevenue() {
    Account c = customer();
    assertThat(
            adjustments
                .adjust(
                    admin(),
                    c.id(),
                    Adjustments.Direction.CREDIT,
                    new TopUpInput("20", "USD", "welcome bonus"))
                .ok())
        .isTrue();
    assertThat(
            adjustments
                .adjust(
                    admin(),
                    c.id(),
                    Adjustments.Direction.CHARGE,
                    new TopUpInput("5", "USD", "number porting fee"))
                .ok())
        .isTrue();
    assertThat(
            adjustments
                .adjust(
                    admin(), c.id(), Adjustments.Direction.CHARGE, new TopUpInput("5", "USD", ""))
                .errors())
        .extracting(e -> e.field())
        .containsExactly("reason");
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("15", "USD"));
  }

  @Test
  void aRefundReversesTheTopUpOnceAndNeedsAReason() {
    Account c = customer();
    Payment p =
        ((PaymentChange.Done)
                topUps.manual(admin(), c.id(), new TopUpInput("50", "USD", "cheque 88")))
            .payment();
    assertThat(refunds.refund(admin(), p.id(), "")).isInstanceOf(PaymentChange.Rejected.class);
    assertThat(
            ((PaymentChange.Done) refunds.refund(admin(), p.id(), "paid twice")).payment().status())
        .isEqualTo(PaymentStatus.REFUNDED);
    assertThat(
            ((PaymentChange.Done) refunds.refund(admin(), p.id(), "paid twice")).payment().status())
        .isEqualTo(PaymentStatus.REFUNDED);
    assertThat(balances.current(c.tenantId(), c.id()).funds().isZero()).isTrue();
  }

  private static String message(PaymentChange change) {
    return ((PaymentChange.Rejected) change).message();
  }
}
