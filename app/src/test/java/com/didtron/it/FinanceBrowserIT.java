package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.testsupport.TestClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium opens finance's task inbox with a credit note waiting; screenshot in
 * target/screenshots.
 */
class FinanceBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired SettlementFixtures settle;
  @Autowired TestClock clock;
  @Autowired CreditNoteService notes;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void financeSeesThePendingCreditNoteInItsTaskInbox() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    clock.set("2023-08-08T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "80", 40, 2400);
    clock.reset();
    Invoice invoice = settle.invoice(a, "2023-08");
    SettlementFixtures.created(
        notes.create(admin(), invoice.id(), new BigDecimal("8"), "Calls to a closed route"));

    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      browser.get("finance/inbox");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "Calls to a closed route"));
      assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
          .isEqualTo("Task inbox");
      Path shot = browser.screenshot("finance-inbox.png");
      assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
  }
}
