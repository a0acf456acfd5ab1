package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * A real headless Chromium opens the rating pages (rate card with its deck, import wizard, route
 * tester, CDRs); screenshots land in {@code app/target/screenshots/rating-*.png}.
 */
class RatingBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
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
    browser.get("http://localhost:" + port + "/login");
    WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
    user.sendKeys(ADMIN);
    browser.findElement(By.cssSelector("input[name='password']")).sendKeys(ADMIN_PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell .dt-card")));
  }

  private void open(String path, String title, String name) throws Exception {
    browser.get("http://localhost:" + port + "/" + path);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), title));
    Thread.sleep(300); // let the grid render its rows before the picture
    Files.write(BrowserIT.SCREENSHOTS.resolve(name),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theRatingPagesOpenInARealBrowser() throws Exception {
    RatingFixtures.Pair p = rating.pair(admin(),
        "44,United Kingdom,0.0200,0,60,6,2026-01-01,\n4420,London,0.0150,0,60,6,2026-01-01,\n33,France,0.0180,0,30,6,2026-01-01,\n",
        "44,United Kingdom,0.0100,0,60,6,2026-01-01,\n4420,London,0.0090,0,1,1,2026-01-01,\n");
    String csv = CdrPipelineIT.HEADER
        + "w1," + p.customer().name() + "," + p.carrier().name() + ",100,+442071234567,2026-11-01T10:00:00Z,61\n"
        + "w2," + p.customer().name() + "," + p.carrier().name() + ",100,33123456,2026-11-01T10:05:00Z,30\n";
    ingest.ingest(admin(), new IngestRequest(Fixtures.unique("browser"), "w.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    signIn();

    open("rates/card/" + p.sell().id(), p.customer().name(), "rating-deck.png");
    assertThat(browser.findElements(By.cssSelector(".dt-grid-footer"))).isNotEmpty();
    assertThat(browser.getPageSource()).contains("London");
    open("rates", "Rate cards", "rating-cards.png");
    open("rates/import?card=" + p.buy().id(), "Import a deck", "rating-import.png");
    open("routes/test", "Route tester", "rating-route-tester.png");
    open("cdrs", "CDRs", "rating-cdrs.png");
    assertThat(Files.size(BrowserIT.SCREENSHOTS.resolve("rating-cdrs.png"))).isGreaterThan(10_000);
  }

  @Test
  void aLargeDeckUploadsImportsInTheBackgroundAndShowsItsChangeReport() throws Exception {
    var carrier = rating.account(admin(), Fixtures.unique("Big"), com.didtron.domain.account.AccountKind.CARRIER, "USD");
    var card = rating.card(admin(), carrier, com.didtron.domain.ratedeck.DeckSide.BUY);
    Path file = Files.createTempFile("supplier-deck", ".csv");
    StringBuilder csv = new StringBuilder("Code,Country,Price,Billing,Effective Date\n");
    for (int i = 0; i < 80_000; i++) {
      csv.append(2_000_000 + i * 3L).append(",Somewhere ").append(i % 500).append(",0.0")
          .append(1000 + i % 9000).append(",60/6,2026-01-01\n");
    }
    Files.writeString(file, csv);
    assertThat(Files.size(file)).isGreaterThan(2L << 20);
    signIn();
    open("rates/import?card=" + card.id(), "Import a deck", "rating-import-empty.png");

    WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
    WebElement input = (WebElement) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
        upload);
    input.sendKeys(file.toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-content"),
        "Which column of the file holds what?"));
    Files.write(BrowserIT.SCREENSHOTS.resolve("rating-import-mapping.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//vaadin-button[normalize-space(.)='Activate']")));
    Files.write(BrowserIT.SCREENSHOTS.resolve("rating-import-report.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    assertThat(browser.getPageSource()).contains("80,000");
  }
}
