package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Finance pages in a real headless Chromium; screenshots in {@code app/target/screenshots/}.
 */
class MoneyBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;
  @Autowired UserService users;
  @Autowired Ledger ledger;
  @Autowired OwnPassword ownPassword;

  @Test
  void aCustomerSeesItsBalanceAndTopUpOptionsAndFinanceSeesTheEntry() throws Exception {
    Account c =
        money.account(
            AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", "ops@browser.example");
    var payment =
        ((PaymentChange.Done)
                topUps.manual(admin(), c.id(), new TopUpInput("80", "USD", "wire 77")))
            .payment();
    String email = Fixtures.unique("customer") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Customer", Set.of(Role.CUSTOMER), c.id()));
    // the one-time password must be replaced before the portal opens
    ownPassword.change(actorOf(email), created.oneTimePassword(), "customer-chosen-password");
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, "customer-chosen-password");
      browser.openPage("balance", "Balance");
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("180.00 USD")
          .contains("Top up with card (Stripe)");
      browser.screenshot("finance-balance-customer.png");
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      var entry = ledger.entryByKey(c.tenantId(), "payment:" + payment.id()).orElseThrow();
      browser.openPage("ledger/entries/" + entry.id(), "Entry #");
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("wire 77")
          .contains("Payment clearing");
      browser.screenshot("finance-entry.png");
    }
  }

  @Test
  void everyFinancePageOpensWithItsTitleInARealBrowser() throws Exception {
    Account c =
        money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "ops@browser.example");
    topUps.manual(admin(), c.id(), new TopUpInput("250", "USD", "wire for the browser tour"));
    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      String[][] pages = {
        {"ledger", "Ledger"}, {"ledger/trial-balance", "Trial balance"}, {"payments", "Payments"},
        {"fx-rates", "FX rates"}, {"outbox", "Email outbox"}, {"api-keys", "API keys"},
        {"ledger/accounts/" + money.customerAccount(c).id(), "1100-"}
      };
      for (String[] page : pages) {
        browser.openPage(page[0], page[1]);
        browser.screenshot(
            "finance-" + page[0].replace('/', '-').replaceAll("-[0-9a-f-]{36}$", "") + ".png");
      }
      assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
          .contains(c.name());
    }
  }
}
