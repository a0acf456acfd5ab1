package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "My rates" (customer) and "My buy rates" (carrier) in a real headless Chromium; screenshots in
 * {@code app/target/screenshots/}.
 */
class MyRatesBrowserIT extends PlatformIT {
  private static final String PASSWORD = "portal-chosen-password";
  private static final String SOON = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

  @LocalServerPort int port;
  @Autowired RatingFixtures rating;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;

  @Test
  void aCustomerAndACarrierOpenTheirRatePages() throws Exception {
    String tag = Fixtures.unique("Shot");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "4420,United Kingdom London-"
                + tag
                + ",0.012345,0,60,6,2026-01-01,\n"
                + "447,United Kingdom Mobile,0.0833,0,30,6,2026-01-01,\n"
                + "33,France,0.0190,0,60,60,2026-01-01,\n",
            "4420,UK London (carrier deck)-"
                + tag
                + ",0.0051,0,60,6,2026-01-01,\n"
                + "447,UK Mobile (carrier deck),0.0400,0,1,1,2026-01-01,\n");
    rating.activate(
        admin(),
        p.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER
            + "447,United Kingdom Mobile,0.0910,0,30,6,"
            + SOON
            + ",\n"
            + "4915,Germany Mobile,0.0620,0,60,6,2026-01-01,\n");

    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(user(p.customer(), Role.CUSTOMER), PASSWORD);
      browser.openPage("my-rates", "My rates");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("own-rates"), "London-" + tag));
      browser.screenshot("my-rates-customer.png");
      String page = browser.driver.findElement(By.tagName("body")).getText();
      assertThat(page).doesNotContain("carrier deck", p.carrier().name());
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(user(p.carrier(), Role.CARRIER), PASSWORD);
      browser.openPage("my-buy-rates", "My buy rates");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("own-rates"), "carrier deck"));
      browser.screenshot("my-buy-rates-carrier.png");
      String page = browser.driver.findElement(By.tagName("body")).getText();
      assertThat(page).doesNotContain("London-" + tag, p.customer().name());
    }
  }

  private String user(Account account, Role role) {
    String email = Fixtures.unique("rates") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Rates user", Set.of(role), account.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), PASSWORD);
    return email;
  }
}
