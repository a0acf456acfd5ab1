package com.didtron.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.user.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer's Verification page in a real browser: start, the steps, the documents the country
 * asks for and why, an upload refused with its reason and one accepted, and "Verify identity"
 * opening the Stripe session's URL (a WireMock page here).
 */
class VerificationBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;

  private String customer(Account c) {
    String email = Fixtures.unique("kyc-customer") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Customer", Set.of(Role.CUSTOMER), c.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), "customer-chosen-password");
    return email;
  }

  private void stubStripe(Account c, String vs) {
    String url = ProviderStubs.baseUrl() + "/identity-start/" + vs;
    String session =
        """
        {"id":"%s","object":"identity.verification_session","status":"requires_input",
         "type":"document","last_error":null,"livemode":false,"metadata":{},"url":"%s"}"""
            .formatted(vs, url);
    ProviderStubs.server()
        .stubFor(
            post(urlPathEqualTo("/v1/identity/verification_sessions"))
                .withFormParam("metadata[account_id]", equalTo(c.id().value().toString()))
                .willReturn(
                    aResponse().withHeader("Content-Type", "application/json").withBody(session)));
    ProviderStubs.server()
        .stubFor(
            get(urlPathEqualTo("/v1/identity/verification_sessions/" + vs))
                .willReturn(
                    aResponse().withHeader("Content-Type", "application/json").withBody(session)));
    ProviderStubs.server()
        .stubFor(
            get(urlPathEqualTo("/identity-start/" + vs))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><title>Stripe Identity stand-in</title><body>" + vs)));
  }

  private static void upload(Chromium browser, Path file) {
    WebElement upload = browser.driver.findElement(By.cssSelector("vaadin-upload"));
    WebElement input =
        (WebElement)
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return arguments[0].querySelector('input[type=file]') ||"
                        + " arguments[0].shadowRoot.querySelector('input[type=file]')",
                    upload);
    input.sendKeys(file.toString());
  }

  private static String text(Chromium browser) {
    return browser.driver.findElement(By.cssSelector(".dt-content")).getText();
  }

  @Test
  void aCustomerStartsSeesWhatIsRequiredUploadsAndOpensStripe() throws Exception {
    Account c =
        money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "EUR", "0", "kyc@browser.example");
    String email = customer(c);
    String vs = "vs_browser_" + UUID.randomUUID().toString().replace("-", "");
    stubStripe(c, vs);
    Path notPdf = Files.createTempFile("utility-bill", ".pdf");
    Files.writeString(notPdf, "number,amount\n1,2\n");
    Path pdf = Files.createTempFile("utility-bill-ok", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, "customer-chosen-password");
      browser.openPage("verification", "Verification");
      assertThat(text(browser)).contains("Status: not started");
      browser.screenshot("kyc-verification-not-started.png");

      WebElement country =
          browser.driver.findElement(By.cssSelector(".dt-kyc-start-form vaadin-text-field input"));
      country.sendKeys("DE");
      browser.driver.findElement(By.cssSelector("vaadin-button.dt-kyc-start")).click();
      // the workflow moves the case on; the page shows it when (re)loaded
      browser.wait.until(
          d -> {
            d.navigate().refresh();
            return new WebDriverWait(d, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-kyc-state")))
                .getText()
                .contains("waiting for your identity check");
          });
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("vaadin-button.dt-kyc-verify")));
      assertThat(text(browser))
          .contains("Identity check (current)")
          .contains("Proof of address")
          .contains("at most 90 days")
          .contains("Stripe Identity");

      upload(browser, notPdf);
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-kyc-refusal"), "Not accepted"));
      assertThat(browser.driver.findElement(By.cssSelector(".dt-kyc-refusal")).getText())
          .contains("must be one of");
      browser.screenshot("kyc-verification-refused.png");

      browser.driver.navigate().refresh();
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
      upload(browser, pdf);
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-kyc-documents"), "pending"));
      browser.screenshot("kyc-verification-uploaded.png");

      browser.driver.findElement(By.cssSelector("vaadin-button.dt-kyc-verify")).click();
      browser.wait.until(ExpectedConditions.titleContains("Stripe Identity stand-in"));
      assertThat(browser.driver.getCurrentUrl()).endsWith("/identity-start/" + vs);
    }
  }
}
