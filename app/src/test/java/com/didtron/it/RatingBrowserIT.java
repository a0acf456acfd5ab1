package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

  private void open(String path, String title, String name) throws Exception {
    browser.openPage(path, title);
    Thread.sleep(300); // let the grid render its rows before the picture
    browser.screenshot(name);
  }

  @Test
  void theRatingPagesOpenInARealBrowser() throws Exception {
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "44,United Kingdom,0.0200,0,60,6,2026-01-01,\n4420,London,0.0150,0,60,6,2026-01-01,\n33,France,0.0180,0,30,6,2026-01-01,\n",
            "44,United Kingdom,0.0100,0,60,6,2026-01-01,\n4420,London,0.0090,0,1,1,2026-01-01,\n");
    String csv =
        RatingFixtures.CDR_HEADER
            + "w1,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",100,+442071234567,2026-11-01T10:00:00Z,61\n"
            + "w2,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",100,33123456,2026-11-01T10:05:00Z,30\n";
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("browser"), "w.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    browser.signInAsAdmin();

    open("rates/card/" + p.sell().id(), p.customer().name(), "rating-deck.png");
    assertThat(browser.driver.findElements(By.cssSelector(".dt-grid-footer"))).isNotEmpty();
    assertThat(browser.driver.getPageSource()).contains("London");
    open("rates", "Rate cards", "rating-cards.png");
    open("rates/import?card=" + p.buy().id(), "Import a deck", "rating-import.png");
    open("routes/test", "Route tester", "rating-route-tester.png");
    open("cdrs", "CDRs", "rating-cdrs.png");
    assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
        .isEqualTo("CDRs");
    assertThat(browser.driver.findElements(By.cssSelector(".dt-grid-footer"))).hasSize(1);
    assertThat(Files.size(Chromium.SCREENSHOTS.resolve("rating-cdrs.png"))).isGreaterThan(10_000);
  }

  @Test
  void aLargeDeckUploadsImportsInTheBackgroundAndShowsItsChangeReport() throws Exception {
    var carrier = rating.account(admin(), Fixtures.unique("Big"), AccountKind.CARRIER, "USD");
    var card = rating.card(admin(), carrier, DeckSide.BUY);
    Path file = Files.createTempFile("supplier-deck", ".csv");
    StringBuilder csv = new StringBuilder("Code,Country,Price,Billing,Effective Date\n");
    for (int i = 0; i < 80_000; i++) {
      csv.append(2_000_000 + i * 3L)
          .append(",Somewhere ")
          .append(i % 500)
          .append(",0.0")
          .append(1000 + i % 9000)
          .append(",60/6,2026-01-01\n");
    }
    Files.writeString(file, csv);
    assertThat(Files.size(file)).isGreaterThan(2L << 20);
    browser.signInAsAdmin();
    open("rates/import?card=" + card.id(), "Import a deck", "rating-import-empty.png");

    WebElement upload = browser.driver.findElement(By.cssSelector("vaadin-upload"));
    WebElement input =
        (WebElement)
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                    upload);
    input.sendKeys(file.toString());
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".dt-content"), "Which column of the file holds what?"));
    browser.screenshot("rating-import-mapping.png");
    browser.driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(90))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Activate']")));
    browser.screenshot("rating-import-report.png");
    assertThat(browser.driver.getPageSource()).contains("80,000");
  }
}
