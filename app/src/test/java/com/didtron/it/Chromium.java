package com.didtron.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests, one per test (Debian's {@code chromium} and
 * {@code chromium-driver}; other paths with {@code -Ddidtron.chromium}/{@code
 * -Ddidtron.chromedriver}): signs in, opens portal pages and keeps screenshots in {@code
 * app/target/screenshots/}.
 */
final class Chromium implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The browser, for what the helpers here do not cover. */
  final ChromeDriver driver;

  /** Waits up to 30 s. */
  final WebDriverWait wait;

  private final String base;

  private Chromium(ChromeDriver driver, int port) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.base = "http://localhost:" + port + "/";
  }

  /** Starts a browser with a fresh profile for the platform on {@code port}. */
  static Chromium open(int port) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("didtron.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,900",
        "--user-data-dir=" + Files.createTempDirectory("didtron-chromium"));
    // the browser's console, for tests that fail on console errors (LayoutBrowserIT)
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("didtron.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    Files.createDirectories(SCREENSHOTS);
    return new Chromium(new ChromeDriver(service, options), port);
  }

  /** Signs in as the test platform's super admin and waits for the dashboard. */
  void signInAsAdmin() {
    signIn(PlatformIT.ADMIN, PlatformIT.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell .dt-card")));
  }

  /** Signs in with {@code email} and {@code password} and waits for the portal shell. */
  void signIn(String email, String password) {
    get("login");
    wait.until(ExpectedConditions.titleContains("DIDTron"));
    WebElement user =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    user.sendKeys(email);
    driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell")));
  }

  /** Loads {@code path} (relative to the portal's root). */
  void get(String path) {
    driver.get(base + path);
  }

  /** Loads {@code path} and waits until the page title shows {@code title}. */
  void openPage(String path, String title) {
    get(path);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".dt-page-title"), title));
  }

  /**
   * Clicks what {@code locator} finds once it takes the click, finding it anew each try: a grid may
   * render its rows again between finding and clicking (a stale element), or lay them out still (an
   * element not yet interactable, or covered: {@code ElementClickInterceptedException} is one of
   * those). Each of those refuses the click, so nothing is clicked twice.
   */
  void click(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            d -> {
              WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /** Saves what the browser shows as {@code name} in the screenshot folder. */
  Path screenshot(String name) throws IOException {
    Path file = SCREENSHOTS.resolve(name);
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
