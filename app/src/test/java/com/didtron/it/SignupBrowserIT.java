package com.didtron.it;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.Fixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor who is not signed in fills a brand's sign-up page in a real Chromium, follows the
 * emailed link and can then sign in: the account was approved by the table.
 */
class SignupBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;
  private Chromium browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAnonymousVisitorSignsUpConfirmsTheLinkAndSignsIn() throws Exception {
    String brand = Fixtures.unique("web").toLowerCase();
    fixtures.tenant(brand);
    String email = Fixtures.unique("web").toLowerCase() + "@example.com";
    String password = "a long enough password";

    browser.get("signup?brand=" + brand);
    browser.wait.until(ExpectedConditions.titleContains("Sign up"));
    field("vaadin-text-field", "Company or your name").sendKeys("Web Ann");
    field("vaadin-email-field", "Email").sendKeys(email);
    field("vaadin-password-field", "Password").sendKeys(password);
    choose("Country", "France");
    choose("What describes you best", "Small Business");
    browser
        .driver
        .findElement(By.xpath("//vaadin-button[normalize-space()='Create account']"))
        .click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Check your inbox"));
    browser.screenshot("signup-check-inbox.png");

    browser.get(link(email).substring(1));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Email confirmed"));

    browser.signIn(email, password);
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("login");
  }

  private WebElement field(String tag, String label) {
    return browser.wait.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//input")));
  }

  private void choose(String label, String item) {
    WebElement input = field("vaadin-combo-box", label);
    input.sendKeys(item);
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//vaadin-combo-box-item[normalize-space()='" + item + "']")));
    input.sendKeys(Keys.ENTER);
  }

  private String link(String email) {
    String text =
        db.select(EMAIL_OUTBOX.TEXT_BODY)
            .from(EMAIL_OUTBOX)
            .where(EMAIL_OUTBOX.TO_ADDRESS.eq(email))
            .and(EMAIL_OUTBOX.KIND.eq("SIGNUP_VERIFY"))
            .fetchSingle(EMAIL_OUTBOX.TEXT_BODY);
    Matcher m = Pattern.compile("/signup/verify\\?token=[A-Za-z0-9_-]+").matcher(text);
    assertThat(m.find()).isTrue();
    return m.group();
  }
}
