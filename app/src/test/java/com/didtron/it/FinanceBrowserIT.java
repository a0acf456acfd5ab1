package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.usage.UsageCharge.Leg;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real headless Chromium opens finance's task inbox with a credit note waiting; screenshot in target/screenshots. */
class FinanceBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired SettlementFixtures settle;
  @Autowired TestClock clock;
  @Autowired CreditNoteService notes;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("didtron.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1440,900",
        "--user-data-dir=" + Files.createTempDirectory("didtron-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("didtron.chromedriver", "/usr/bin/chromedriver")).toFile())
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(BrowserIT.SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    clock.reset();
  }

  @Test
  void financeSeesThePendingCreditNoteInItsTaskInbox() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    clock.set("2023-08-08T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "80", 40, 2400);
    clock.reset();
    Invoice invoice = settle.invoice(a, "2023-08");
    CreditNoteIT.created(notes.create(admin(), invoice.id(), new BigDecimal("8"), "Calls to a closed route"));

    browser.get("http://localhost:" + port + "/login");
    WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    user.sendKeys(ADMIN);
    browser.findElement(By.cssSelector("input[name='password']")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell")));
    browser.get("http://localhost:" + port + "/finance/inbox");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Calls to a closed route"));
    assertThat(browser.findElement(By.cssSelector(".dt-page-title")).getText()).isEqualTo("Task inbox");
    Path shot = BrowserIT.SCREENSHOTS.resolve("finance-inbox.png");
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
