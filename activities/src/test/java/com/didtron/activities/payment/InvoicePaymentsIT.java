package com.didtron.activities.payment;

import static com.didtron.activities.db.Tables.PAYMENT_ALLOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Payments settle the oldest open invoices first, partly when the money runs out; money left over
 * settles the next invoice when it is issued. Invoices are issued "today" (the real clock) so their
 * due dates lie ahead and the overdue watch sleeps. Tax 10 %.
 */
class InvoicePaymentsIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;
  @Autowired InvoiceService invoices;
  @Autowired TestClock clock;
  @Autowired DSLContext db;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Invoice invoice(Account a, String period, String usage) {
    clock.set(period + "-10T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, usage, 10, 600);
    clock.reset();
    return settle.invoice(a, period);
  }

  private Invoice reload(Invoice i) {
    return invoices.get(admin(), i.id());
  }

  private void pay(Account a, String amount) {
    topUps.manual(admin(), a.id(), new TopUpInput(amount, "USD", "bank transfer " + amount));
  }

  @Test
  void aPostpaidInvoiceIsIssuedWithItsDueDateAfterTheAccountsDueDays() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    settle.billing(a, BillingCycle.MONTHLY, "10");
    Invoice august = invoice(a, "2025-08", "40");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(august.status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(august.issueDate()).isEqualTo(today);
    assertThat(august.dueDate()).isEqualTo(today.plusDays(15)); // the default terms 30/15
    assertThat(august.outstanding().amount()).isEqualByComparingTo("44");
  }

  @Test
  void aPrepaidStatementIsPaidAtIssue() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    assertThat(invoice(a, "2025-08", "5").status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void paymentsSettleTheOldestInvoicesFirstPartlyWhenShortAndCarryTheRestToTheNextInvoice() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    settle.billing(a, BillingCycle.MONTHLY, "10");
    Invoice september = invoice(a, "2025-09", "40"); // 44
    Invoice october = invoice(a, "2025-10", "30"); // 33

    pay(a, "50"); // 44 to September, 6 to October
    assertThat(reload(september).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(reload(october).status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(reload(october).paid().amount()).isEqualByComparingTo("6");
    assertThat(reload(october).outstanding().amount()).isEqualByComparingTo("27");

    pay(a, "30"); // 27 to October, 3 left
    assertThat(reload(october).status()).isEqualTo(InvoiceStatus.PAID);
    Invoice november = invoice(a, "2025-11", "10"); // 11, 3 of it settled at issue
    assertThat(reload(november).paid().amount()).isEqualByComparingTo("3");
    assertThat(reload(november).outstanding().amount()).isEqualByComparingTo("8");
    assertThat(reload(november).status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(
            db.fetchCount(
                PAYMENT_ALLOCATION,
                PAYMENT_ALLOCATION.INVOICE_ID.in(september.id(), october.id(), november.id())))
        .as("50 → Sep, Oct; 30 → Oct, Nov")
        .isEqualTo(4);
  }
}
