package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.testing.Fixtures;
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
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.invoicing.InvoicesView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One amount reads the same on the customer's invoices page, in the invoice PDF and in the invoice
 * email: the currency's minor units, grouped, with the code (the stored amount keeps six decimals);
 * the portal follows the reader's locale.
 */
class AmountsReadAlikeIT extends BrowserlessViewsIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired TestClock clock;
  @Autowired InvoiceService invoices;
  @Autowired Outbox outbox;
  @Autowired Fixtures fixtures;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void anInvoiceTotalReadsAlikeOnThePortalInItsPdfAndInItsEmailAndAddsUpAsShown() throws Exception {
    Account a =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "50000", "billing@customer.example");
    settle.billing(a, BillingCycle.MONTHLY, "20");
    clock.set("2025-06-10T12:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "9667.093881", 100, 6000);
    Invoice i = settle.invoice(a, "2025-06");
    // stored exactly: 9667.093881 + tax 1933.42 (20 %, rounded to cents) = 11600.513881
    assertThat(i.total().amount()).isEqualByComparingTo("11600.513881");

    signIn(fixtures.portalUser(admin(), a, Role.CUSTOMER));
    UI.getCurrent().setLocale(Locale.ENGLISH);
    UI.getCurrent().navigate(InvoicesView.class);
    List<String> row = GridKt._getFormattedRow(_grid(), 0);
    assertThat(row).contains("11,600.51 USD");
    String onThePortal = "11,600.51 USD";

    String pdf = PdfText.of(invoices.pdf(admin(), i.id())).replaceAll("\\s+", " ");
    assertThat(pdf)
        .contains("Amount due: " + onThePortal)
        .contains("9,667.09")
        .contains("1,933.42")
        .contains("11,600.51")
        .contains("dates in UTC")
        .doesNotContain("9667.093881")
        .doesNotContain("9,667.093881")
        .doesNotContain("Rounding");
    assertThat(outbox.byDedupKey("invoice:" + i.id()))
        .get()
        .extracting(OutboxMessage::text)
        .asString()
        .contains("total " + onThePortal)
        .contains("Amount due: " + onThePortal)
        .doesNotContain("11600.5");

    // a German reader sees German separators for the same amount, the code stays
    UI.getCurrent().setLocale(Locale.GERMANY);
    UI.getCurrent().navigate(InvoicesView.class);
    assertThat(GridKt._getFormattedRow(_grid(), 0)).contains("11.600,51 USD");
  }

  private static Grid<?> _grid() {
    return com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class);
  }
}
