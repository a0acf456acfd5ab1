package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Navigation in a real browser: a page the user may not open and an address that leads nowhere
 * answer with friendly pages inside the shell (with a way back and the right HTTP status), and a
 * session that expired sends the user to sign in and then back to the page asked for.
 */
class NavigationBrowserIT extends PlatformIT {
  private static final String PASSWORD = "customer-chosen-password";

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;

  private String customer() {
    Account account = fixtures.account(admin(), Fixtures.unique("NavCustomer"));
    String email = Fixtures.unique("nav") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(
                admin(), new UserDraft(email, "Customer", Set.of(Role.CUSTOMER), account.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), PASSWORD);
    return email;
  }

  @Test
  void refusedAndUnknownPagesAreFriendlyPagesInsideTheShellWithAWayBack() throws Exception {
    String email = customer();
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, PASSWORD);
      browser.openPage("kyc-review", "Not open to you");
      assertThat(body(browser))
          .contains("This page is not part of what your role can open")
          .doesNotContain("Could not navigate", "kyc-review");
      assertThat(browser.driver.findElements(By.cssSelector(".dt-shell .dt-rail"))).hasSize(1);
      browser.screenshot("navigation-forbidden-customer.png");

      browser.get("no-such-page");
      try {
        browser.wait.until(d -> !d.findElements(By.cssSelector("#error-page")).isEmpty());
      } finally {
        browser.screenshot("navigation-not-found-customer.png");
      }
      assertThat(body(browser))
          .contains("Page not found", "There is no page at this address")
          .doesNotContain("Could not navigate", "Available routes");

      browser.driver.findElement(By.cssSelector("[data-testid='error-back']")).click();
      browser.wait.until(ExpectedConditions.urlMatches(".*/dashboard$"));
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      browser.openPage("my-rates", "Not open to you");
      browser.screenshot("navigation-forbidden-admin.png");
    }
  }

  @Test
  void refusedAndUnknownPagesAnswerWithTheirHttpStatus() throws Exception {
    String email = customer();
    PortalSession session = new PortalSession(port, null);
    session.signIn(email, PASSWORD);
    HttpResponse<String> forbidden = session.get("/kyc-review");
    HttpResponse<String> unknown = session.get("/no-such-page");
    HttpResponse<String> own = session.get("/invoices");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(forbidden.body() + unknown.body()).doesNotContain("Could not navigate");
  }

  @Test
  void anExpiredSessionSignsInAgainAndReturnsToThePageAskedFor() throws Exception {
    String email = customer();
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, PASSWORD);
      browser.openPage("invoices", "Invoices");
      // the session ends (expiry, restart): the browser's cookie no longer names a session
      browser.driver.manage().deleteCookieNamed("JSESSIONID");
      browser.get("invoices");
      browser
          .wait
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
          .sendKeys(email);
      browser
          .driver
          .findElement(By.cssSelector("input[name='password']"))
          .sendKeys(PASSWORD, Keys.ENTER);
      browser.wait.until(ExpectedConditions.urlMatches(".*/invoices(\\?continue)?$"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-page-title"), "Invoices"));
      browser.screenshot("navigation-back-after-sign-in.png");
    }
  }

  private static String body(Chromium browser) {
    return browser.driver.findElement(By.tagName("body")).getText();
  }
}
