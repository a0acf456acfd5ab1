package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.kyc.KycService;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.user.Role;
import com.didtron.workflows.kyc.KycWorkflow;
import io.temporal.client.WorkflowClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: staff reject a KYC case from the review queue with a reason (→ REJECTED), the
 * account's KYC tab shows the steps; the Files, My files and DID providers pages open; a customer
 * cannot open the review queue.
 */
class KycBrowserIT extends PlatformIT {
  private static final byte[] PDF =
      "%PDF-1.7\n% utility bill\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final String REASON = "The bill is older than three months";

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired KycService kyc;
  @Autowired StoredFiles files;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;
  @Autowired WorkflowClient workflows;

  private void awaitState(Account account, String state) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(kyc.get(admin(), account.id()).state()).isEqualTo(state));
  }

  private String body(Chromium browser) {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  @Test
  void staffRejectWithAReasonAndACustomerCannotOpenTheQueue() throws Exception {
    Account account = fixtures.account(admin(), Fixtures.unique("KycBrowser"));
    kyc.upload(
        admin(),
        account.id(),
        KycDocument.IDENTITY,
        LocalDate.of(2026, 1, 5),
        "utility bill.pdf",
        new ByteArrayInputStream(PDF));
    kyc.start(admin(), account.id(), "US");
    // Stripe Identity is on in the platform tests: the case first waits for the identity check,
    // which the Stripe webhook signals (KycIdentityIT covers the webhook itself).
    awaitState(account, "IDENTITY_PENDING");
    workflows
        .newWorkflowStub(KycWorkflow.class, kyc.get(admin(), account.id()).workflowId())
        .identityVerified();
    awaitState(account, "IN_REVIEW");

    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      browser.openPage("kyc-review", "KYC review");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-kyc-queue"), account.name()));
      assertThat(body(browser)).contains("utility bill.pdf");
      browser.screenshot("kyc-review.png");

      List<WebElement> reject = browser.driver.findElements(By.cssSelector(".dt-kyc-reject"));
      WebElement last = reject.getLast(); // oldest first: the case just started is the last row
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", last);
      last.click();
      WebElement reason =
          browser.wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("vaadin-text-area.dt-kyc-reason textarea")));
      reason.sendKeys(REASON);
      browser.screenshot("kyc-review-reject.png");
      browser.driver.findElement(By.cssSelector("vaadin-button.dt-kyc-reject-confirm")).click();
      awaitState(account, "REJECTED");
      assertThat(kyc.get(admin(), account.id()).rejectReason()).isEqualTo(REASON);

      browser.openPage("account/" + account.id(), account.name());
      browser.driver.findElement(By.xpath("//vaadin-tab[normalize-space()='KYC']")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-kyc-state"), "REJECTED"));
      assertThat(body(browser)).contains(REASON).contains("IN_REVIEW").contains("utility bill.pdf");
      browser.screenshot("account-kyc.png");

      browser.openPage("files", "Files");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-files-grid"), "utility bill.pdf"));
      browser.screenshot("files.png");

      browser.openPage("did-providers", "DID providers");
      assertThat(body(browser)).contains("manual");
      browser.screenshot("did-providers.png");
    }

    String email = Fixtures.unique("kycbrowser") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(
                admin(), new UserDraft(email, "Customer", Set.of(Role.CUSTOMER), account.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), "customer-chosen-password");
    files.upload(
        actorOf(email),
        account.id(),
        FileKind.OTHER,
        "own upload.pdf",
        new ByteArrayInputStream(PDF));
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, "customer-chosen-password");
      browser.openPage("my-files", "My files");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-my-files-grid"), "own upload.pdf"));
      browser.screenshot("my-files.png");

      browser.get("kyc-review");
      // the friendly refusal inside the shell, not the router's raw text
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-page-title"), "Not open to you"));
      assertThat(browser.driver.findElements(By.cssSelector(".dt-kyc-queue"))).isEmpty();
      assertThat(body(browser))
          .doesNotContain("Could not navigate")
          .contains("Go to the dashboard");
      browser.screenshot("kyc-review-customer.png");
    }
  }
}
