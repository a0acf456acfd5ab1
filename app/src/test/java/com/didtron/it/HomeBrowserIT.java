package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three homes in a real headless Chromium (customer, carrier, super admin) and the customer's
 * My account page, at 1440 px and the customer's also at a 390 px phone width; screenshots in
 * {@code app/target/screenshots/home-*.png}. A card's value never overflows its card.
 */
class HomeBrowserIT extends PlatformIT {
  private static final String PASSWORD = "home-browser-password";

  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;

  @Test
  void eachRoleSeesItsHomeInARealBrowser() throws Exception {
    Account customer =
        money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "ops@home.example");
    Account carrier =
        rating.account(admin(), Fixtures.unique("HomeTerm"), AccountKind.CARRIER, "USD");
    rating.activate(
        admin(),
        rating.card(admin(), customer, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,1234.5678,0,60,60,2020-01-01,\n");
    rating.activate(
        admin(),
        rating.card(admin(), carrier, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0170,0,60,60,2020-01-01,\n");
    String start = Instant.now().minusSeconds(600).toString();
    String csv =
        RatingFixtures.CDR_HEADER
            + "%s,%s,%s,100,442071230001,%s,600\n"
                .formatted(Fixtures.unique("b"), customer.name(), carrier.name(), start);
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("homeb"), "b.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    String customerUser = portalUser(customer, Role.CUSTOMER);
    String carrierUser = portalUser(carrier, Role.CARRIER);

    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(customerUser, PASSWORD);
      browser.openPage("dashboard", "Dashboard");
      browser.driver.manage().window().setSize(new Dimension(1440, 1100));
      assertThat(body(browser)).contains("Calls stopped: balance").contains("Top up");
      assertNoCardOverflows(browser);
      browser.screenshot("home-customer.png");
      browser.driver.manage().window().setSize(new Dimension(390, 1600));
      browser.openPage("dashboard", "Dashboard");
      assertNoCardOverflows(browser);
      browser.screenshot("home-customer-390.png");
      browser.driver.manage().window().setSize(new Dimension(1440, 900));
      browser.openPage("my-account", "My account");
      assertThat(body(browser)).contains("Billing time zone").contains("Payment terms");
      browser.screenshot("home-my-account.png");
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(carrierUser, PASSWORD);
      browser.openPage("dashboard", "Dashboard");
      browser.driver.manage().window().setSize(new Dimension(1440, 1000));
      assertThat(body(browser)).contains("We owe you").doesNotContain(customer.name());
      assertNoCardOverflows(browser);
      browser.screenshot("home-carrier.png");
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      browser.openPage("dashboard", "Dashboard");
      browser.driver.manage().window().setSize(new Dimension(1440, 1300));
      assertThat(body(browser)).contains("Waiting for you").contains("Low or negative balances");
      assertNoCardOverflows(browser);
      browser.screenshot("home-admin.png");
    }
  }

  private String portalUser(Account account, Role role) {
    String email = Fixtures.unique("home") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Home user", Set.of(role), account.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), PASSWORD);
    return email;
  }

  private static String body(Chromium browser) {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  /** No element of a card reaches beyond the card's edges (a value cut off or running out). */
  private static void assertNoCardOverflows(Chromium browser) {
    Object cut =
        browser.driver.executeScript(
            "const cut = (c) => { const r = c.getBoundingClientRect();"
                + " return [...c.querySelectorAll('*')].some(e => { const b ="
                + " e.getBoundingClientRect(); return b.width > 0 && (b.right > r.right + 1"
                + " || b.left < r.left - 1); }); };"
                + " return [...document.querySelectorAll('.dt-home .dt-card')].filter(cut)"
                + ".map(c => c.textContent);");
    assertThat((List<?>) cut).as("cards whose content overflows").isEmpty();
  }
}
