package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.siptest.Campaign;
import com.didtron.activities.siptest.CampaignChange;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.domain.account.Account;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * A real headless Chromium looks at a finished campaign (carriers side by side, the SVG charts) and
 * the carrier health page; screenshots land in {@code app/target/screenshots/}.
 */
class SipTesterBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired SipFixtures sip;
  @Autowired SipCampaignService campaigns;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("didtron.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1440,1000",
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

  private void screenshot(String name) throws Exception {
    Files.write(BrowserIT.SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aFinishedCampaignShowsCarriersSideBySideAndChartsInARealBrowser() throws Exception {
    try (SippPeer fast = SippPeer.scenario("uas-answer.xml").set("ring_ms", 200).set("answer_ms", 300).rtpEcho().start();
         SippPeer slow = SippPeer.scenario("uas-answer.xml").set("ring_ms", 900).set("answer_ms", 600).start();
         SippPeer busy = SippPeer.scenario("uas-busy.xml").set("ring_ms", 400).start()) {
      Account a = sip.carrier(admin(), "Alpha Telecom", fast, null);
      Account b = sip.carrier(admin(), "Bravo Voice", slow, null);
      Account c = sip.carrier(admin(), "Charlie Busy", busy, null);
      Campaign campaign = ((CampaignChange.Started) campaigns.start(admin(), new CampaignDraft("Screenshot campaign",
          List.of("442071234567", "4930123456"), List.of(a.id().value(), b.id().value(), c.id().value()), 3, 6,
          new BigDecimal("6"), 1, 10, null))).campaign();
      await().atMost(Duration.ofSeconds(90)).until(() -> "COMPLETED".equals(campaigns.get(admin(), campaign.id()).status()));

      signIn();
      browser.get("http://localhost:" + port + "/sip-tester/campaign/" + campaign.id());
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), "Screenshot campaign"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-cards"), "18 / 18"));
      screenshot("sip-campaign.png");
      browser.findElements(By.cssSelector("vaadin-tab")).stream().filter(t -> t.getText().contains("Charts"))
          .findFirst().orElseThrow().click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.dt-chart polyline")));
      assertThat(browser.findElements(By.cssSelector("svg.dt-chart"))).hasSize(2);
      screenshot("sip-campaign-charts.png");

      browser.get("http://localhost:" + port + "/sip-health");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dt-page-title"), "Carrier health"));
      screenshot("sip-health.png");
      assertThat(Files.size(BrowserIT.SCREENSHOTS.resolve("sip-campaign-charts.png"))).isGreaterThan(10_000);
    }
  }
}
