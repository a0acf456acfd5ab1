package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.user.UserService;
import com.didtron.domain.user.ThemePreference;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium signs in and looks at the dashboard in light and dark mode; the
 * screenshots land in {@code app/target/screenshots/}.
 */
class BrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired UserService users;
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
    users.setTheme(admin(), ThemePreference.SYSTEM);
  }

  private String htmlTheme() {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver)
            .executeScript("return document.documentElement.getAttribute('theme') || ''"));
  }

  @Test
  void signsInAndShowsTheDashboardInLightAndDarkMode() throws Exception {
    users.setTheme(admin(), ThemePreference.LIGHT);
    browser.signInAsAdmin();
    assertThat(browser.driver.getTitle()).contains("DIDTron");
    assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
        .isEqualTo("Dashboard");
    assertThat(browser.driver.findElements(By.cssSelector(".dt-rail .dt-rail-item")))
        .hasSizeGreaterThanOrEqualTo(3);
    browser.wait.until(d -> !htmlTheme().contains("dark"));
    browser.screenshot("dashboard-light.png");

    users.setTheme(admin(), ThemePreference.DARK);
    browser.driver.navigate().refresh();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-shell .dt-card")));
    browser.wait.until(d -> htmlTheme().contains("dark"));
    browser.screenshot("dashboard-dark.png");
    assertThat(browser.driver.findElement(By.cssSelector(".dt-page-title")).getText())
        .isEqualTo("Dashboard");
    assertThat(Chromium.SCREENSHOTS.resolve("dashboard-light.png")).exists();
    assertThat(Files.size(Chromium.SCREENSHOTS.resolve("dashboard-dark.png")))
        .isGreaterThan(10_000);
  }

  @Test
  void theAccountsPageShowsTheSharedGridFooterAndTheActionDockOnForms() throws Exception {
    browser.signInAsAdmin();
    browser.get("accounts");
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-grid-footer")));
    assertThat(browser.driver.findElement(By.cssSelector(".dt-grid-footer")).getText())
        .contains("Rows per page");
    browser.screenshot("accounts.png");
    browser.get("account/new");
    WebElement dock =
        browser.wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dt-action-dock")));
    assertThat(dock.getText()).contains("Save").contains("Cancel");
    browser.screenshot("account-new.png");
  }

  @Test
  void everyAdminPageOpensWithItsTitleInARealBrowser() throws Exception {
    browser.signInAsAdmin();
    String[][] pages = {
      {"users", "Users", "grid"},
      {"audit", "Audit log", "grid"},
      {"system", "System", "grid"},
      {"components", "Component library", ""},
      {"accounts", "Customers & carriers", "grid"},
      {"workflows", "Workflows", "grid"}
    };
    for (String[] page : pages) {
      browser.openPage(page[0], page[1]);
      if (!page[2].isEmpty()) {
        assertThat(browser.driver.findElements(By.cssSelector(".dt-grid-footer"))).isNotEmpty();
      }
      browser.screenshot("page-" + page[0] + ".png");
    }
  }

  @Test
  void aRecordThatIsNotThereOpensTheNotAvailablePageInsideTheShell() throws Exception {
    browser.signInAsAdmin();
    browser.openPage("ledger/entries/" + UUID.randomUUID(), "Not available");
    assertThat(
            browser.driver.findElement(By.cssSelector("[data-testid='error-message']")).getText())
        .startsWith("No such journal entry.");
    assertThat(browser.driver.findElements(By.cssSelector(".dt-shell"))).isNotEmpty();
    browser.screenshot("page-not-available.png");
  }
}
