package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.siptest.Campaign;
import com.didtron.activities.siptest.CampaignChange;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.activities.testing.SipFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

  @Test
  void aFinishedCampaignShowsCarriersSideBySideAndChartsInARealBrowser() throws Exception {
    try (SippPeer fast =
            SippPeer.scenario("uas-answer.xml")
                .set("ring_ms", 200)
                .set("answer_ms", 300)
                .rtpEcho()
                .start();
        SippPeer slow =
            SippPeer.scenario("uas-answer.xml").set("ring_ms", 900).set("answer_ms", 600).start();
        SippPeer busy = SippPeer.scenario("uas-busy.xml").set("ring_ms", 400).start()) {
      Account a = sip.carrier(admin(), "Alpha Telecom", fast, null);
      Account b = sip.carrier(admin(), "Bravo Voice", slow, null);
      Account c = sip.carrier(admin(), "Charlie Busy", busy, null);
      Campaign campaign =
          ((CampaignChange.Started)
                  campaigns.start(
                      admin(),
                      new CampaignDraft(
                          "Screenshot campaign",
                          List.of("442071234567", "4930123456"),
                          List.of(a.id().value(), b.id().value(), c.id().value()),
                          3,
                          6,
                          new BigDecimal("6"),
                          1,
                          10,
                          null)))
              .campaign();
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> campaigns.get(admin(), campaign.id()).status() == SipRunStatus.COMPLETED);

      try (Chromium browser = Chromium.open(port)) {
        browser.signInAsAdmin();
        browser.openPage("sip-tester/campaign/" + campaign.id(), "Screenshot campaign");
        browser.wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".dt-cards"), "18 / 18"));
        browser.screenshot("sip-campaign.png");
        browser.driver.findElements(By.cssSelector("vaadin-tab")).stream()
            .filter(t -> t.getText().contains("Charts"))
            .findFirst()
            .orElseThrow()
            .click();
        browser.wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.dt-chart polyline")));
        assertThat(browser.driver.findElements(By.cssSelector("svg.dt-chart"))).hasSize(2);
        Path charts = browser.screenshot("sip-campaign-charts.png");

        browser.openPage("sip-health", "Carrier health");
        browser.screenshot("sip-health.png");
        assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
            .isEqualTo("Carrier health");
        assertThat(Files.size(charts)).isGreaterThan(10_000);
      }
    }
  }
}
