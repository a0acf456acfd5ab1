package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.payment.TopUps;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
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

/** The Finance pages in a real headless Chromium; screenshots in {@code app/target/screenshots/}. */
class MoneyBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;
  @Autowired com.didtron.activities.user.UserService users;
  @Autowired com.didtron.activities.ledger.Ledger ledger;
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
  }

  private void signIn() {
    signIn(ADMIN, ADMIN_PASSWORD);
  }

  private void signIn(String email, String password) {
    browser.get("http://localhost:" + port + "/login");
    WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    user.sendKeys(email);
    browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell")));
  }

  private void screenshot(String name) throws Exception {
    Files.write(BrowserIT.SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aCustomerSeesItsBalanceAndTopUpOptionsAndFinanceSeesTheEntry() throws Exception {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", "ops@browser.example");
    var payment = ((com.didtron.activities.payment.PaymentChange.Done) topUps.manual(admin(), c.id(),
        new TopUpInput("80", "USD", "wire 77"))).payment();
    String email = Fixtures.unique("customer") + "@example.test";
    var created = (com.didtron.activities.user.UserChange.Created) users.create(admin(),
        new com.didtron.activities.user.UserDraft(email, "Customer", java.util.Set.of(com.didtron.domain.user.Role.CUSTOMER), c.id()));
    signIn(email, created.oneTimePassword());
    browser.get("http://localhost:" + port + "/balance");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), "Balance"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("180.00 USD").contains("Top up with card (Stripe)");
    screenshot("finance-balance-customer.png");

    browser.manage().deleteAllCookies();
    signIn();
    var entry = ledger.entryByKey(c.tenantId(), "payment:" + payment.id()).orElseThrow();
    browser.get("http://localhost:" + port + "/ledger/entries/" + entry.id());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), "Entry #"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("wire 77").contains("Payment clearing");
    screenshot("finance-entry.png");
  }

  @Test
  void everyFinancePageOpensWithItsTitleInARealBrowser() throws Exception {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", "ops@browser.example");
    topUps.manual(admin(), c.id(), new TopUpInput("250", "USD", "wire for the browser tour"));
    signIn();
    String[][] pages = {
      {"ledger", "Ledger"}, {"ledger/trial-balance", "Trial balance"}, {"payments", "Payments"},
      {"fx-rates", "FX rates"}, {"outbox", "Email outbox"}, {"api-keys", "API keys"},
      {"ledger/accounts/" + money.customerAccount(c).id(), "1100-"}};
    for (String[] page : pages) {
      browser.get("http://localhost:" + port + "/" + page[0]);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), page[1]));
      screenshot("finance-" + page[0].replace('/', '-').replaceAll("-[0-9a-f-]{36}$", "") + ".png");
    }
    assertThat(browser.findElement(By.cssSelector(".dt-page-title")).getText()).contains(c.name());
  }
}
