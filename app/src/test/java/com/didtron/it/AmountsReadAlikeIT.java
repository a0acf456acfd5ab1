package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.notification.OutboxMessage;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.ledger.Amounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One amount reads the same on the ledger page, in the invoice PDF and in the invoice email. */
class AmountsReadAlikeIT extends PlatformIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired InvoiceService invoices;
  @Autowired Outbox outbox;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void anInvoiceTotalReadsInItsPdfAndEmailAsTheLedgerPageShowsIt() throws Exception {
    Account a =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "5000", "billing@customer.example");
    settle.billing(a, BillingCycle.MONTHLY, "0");
    clock.set("2025-06-10T12:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "1234.5", 100, 6000);
    Invoice i = settle.invoice(a, "2025-06");

    String onTheLedgerPage = Amounts.format(i.total().amount());
    assertThat(onTheLedgerPage).isEqualTo("1,234.50");
    assertThat(PdfText.of(invoices.pdf(admin(), i.id())))
        .contains("Amount due: " + onTheLedgerPage + " USD")
        .doesNotContain("1234.5");
    assertThat(outbox.byDedupKey("invoice:" + i.id()))
        .get()
        .extracting(OutboxMessage::text)
        .asString()
        .contains("total " + onTheLedgerPage + " USD")
        .contains("Amount due: " + onTheLedgerPage + " USD")
        .doesNotContain("1234.5");
  }
}
