package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.payment.TopUps;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Finance pages in a real headless Chromium; screenshots in {@code app/target/screenshots/}. */
class MoneyBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;

  @Test
  void everyFinancePageOpensWithItsTitleInARealBrowser() throws Exception {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "ops@browser.example");
    topUps.manual(admin(), c.id(), new TopUpInput("250", "USD", "wire for the browser tour"));
    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      String[][] pages = {
        {"ledger", "Ledger"}, {"ledger/trial-balance", "Trial balance"}, {"payments", "Payments"},
        {"fx-rates", "FX rates"}, {"outbox", "Email outbox"}, {"api-keys", "API keys"},
        {"ledger/accounts/" + money.customerAccount(c).id(), "1100-"}};
      for (String[] page : pages) {
        browser.openPage(page[0], page[1]);
        browser.screenshot("finance-" + page[0].replace('/', '-').replaceAll("-[0-9a-f-]{36}$", "") + ".png");
      }
      assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText()).contains(c.name());
    }
  }
}
