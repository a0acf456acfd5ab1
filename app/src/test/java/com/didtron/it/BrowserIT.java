package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.user.UserService;
import com.didtron.domain.user.ThemePreference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * A real headless Chromium signs in and looks at the dashboard in light and dark mode; the
 * screenshots land in {@code app/target/screenshots/}.
 */
class BrowserIT extends PlatformIT {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired UserService users;
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
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    users.setTheme(admin(), ThemePreference.SYSTEM);
  }

  private void signIn() {
    browser.get("http://localhost:" + port + "/login");
    wait.until(ExpectedConditions.titleContains("DIDTron"));
    WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    user.sendKeys(ADMIN);
    WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
    password.sendKeys(ADMIN_PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell .dt-card")));
  }

  private void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String htmlTheme() {
    return String.valueOf(((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.getAttribute('theme') || ''"));
  }

  @Test
  void signsInAndShowsTheDashboardInLightAndDarkMode() throws Exception {
    users.setTheme(admin(), ThemePreference.LIGHT);
    signIn();
    assertThat(browser.getTitle()).contains("DIDTron");
    assertThat(browser.findElement(By.cssSelector(".dt-page-title")).getText()).isEqualTo("Dashboard");
    assertThat(browser.findElements(By.cssSelector(".dt-rail .dt-rail-item"))).hasSizeGreaterThanOrEqualTo(3);
    wait.until(d -> !htmlTheme().contains("dark"));
    screenshot("dashboard-light.png");

    users.setTheme(admin(), ThemePreference.DARK);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell .dt-card")));
    wait.until(d -> htmlTheme().contains("dark"));
    screenshot("dashboard-dark.png");
    assertThat(SCREENSHOTS.resolve("dashboard-light.png")).exists();
    assertThat(Files.size(SCREENSHOTS.resolve("dashboard-dark.png"))).isGreaterThan(10_000);
  }

  @Test
  void theAccountsPageShowsTheSharedGridFooterAndTheActionDockOnForms() throws Exception {
    signIn();
    browser.get("http://localhost:" + port + "/accounts");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-grid-footer")));
    assertThat(browser.findElement(By.cssSelector(".dt-grid-footer")).getText()).contains("Rows per page");
    screenshot("accounts.png");
    browser.get("http://localhost:" + port + "/account/new");
    WebElement dock = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-action-dock")));
    assertThat(dock.getText()).contains("Save").contains("Cancel");
    screenshot("account-new.png");
  }

  @Test
  void everyAdminPageOpensWithItsTitleInARealBrowser() throws Exception {
    signIn();
    String[][] pages = {
      {"users", "Users", "grid"}, {"audit", "Audit log", "grid"}, {"system", "System", "grid"},
      {"components", "Component library", ""}, {"accounts", "Customers & carriers", "grid"}};
    for (String[] page : pages) {
      browser.get("http://localhost:" + port + "/" + page[0]);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), page[1]));
      if (!page[2].isEmpty()) {
        assertThat(browser.findElements(By.cssSelector(".dt-grid-footer"))).isNotEmpty();
      }
      screenshot("page-" + page[0] + ".png");
    }
  }
}
