package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "My numbers" in a real headless Chromium: a customer sees its numbers, changes where one's calls
 * go in the dialog and releases the other; screenshots in {@code app/target/screenshots/}.
 */
class MyNumbersBrowserIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired DidInventory inventory;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;
  @Autowired DSLContext db;

  @Test
  void aCustomerEditsADestinationAndReleasesANumber() throws Exception {
    Actor admin = admin().inTenant(fixtures.tenant(Fixtures.unique("mynum")));
    Account buyer = fixtures.account(admin, Fixtures.unique("Numbers"));
    String block = "4989" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,DE,Munich,GEOGRAPHIC,0.50,0,2,EUR\n"
            + block
            + "2,DE,Munich,GEOGRAPHIC,0.50,0,2,EUR\n";
    assertThat(
            inventory.importCsv(
                admin,
                "manual",
                null,
                "t.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InventoryImport.Imported.class);
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() WHERE tenant_id = ?",
        buyer.id().value(),
        admin.tenantId().value());
    String email = Fixtures.unique("numbers") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(
                admin, new UserDraft(email, "Customer", Set.of(Role.CUSTOMER), buyer.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), "customer-chosen-password");

    try (Chromium browser = Chromium.open(port)) {
      WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
      browser.signIn(email, "customer-chosen-password");
      browser.openPage("my-numbers", "My numbers");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("body"), "+" + block + "1"));
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("+" + block + "2")
          .contains("sip:pbx@example.net")
          .contains("In service");
      browser.screenshot("did-my-numbers.png");

      browser.click(By.cssSelector("[aria-label='Edit +" + block + "1']"));
      WebElement destination =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#dt-number-destination input")));
      destination.sendKeys(Keys.chord(Keys.CONTROL, "a"), "sip:300@office.example.net");
      WebElement ring = browser.driver.findElement(By.cssSelector("#dt-number-ring input"));
      ring.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
      browser.screenshot("did-my-numbers-edit.png");
      browser.driver.findElement(By.id("dt-number-save")).click();
      await()
          .atMost(Duration.ofSeconds(15))
          .until(
              () ->
                  "sip:300@office.example.net"
                      .equals(
                          db.fetchValue(
                              "SELECT destination_uri FROM did_inventory WHERE tenant_id = ?"
                                  + " AND number = ?",
                              admin.tenantId().value(),
                              block + "1")));
      assertThat(
              db.fetchValue(
                  "SELECT ring_timeout_seconds FROM did_inventory WHERE tenant_id = ? AND"
                      + " number = ?",
                  admin.tenantId().value(),
                  block + "1"))
          .isEqualTo(40);

      // the grid was rendered again after the save: Chromium.click finds the button anew
      browser.click(By.cssSelector("[aria-label='Release +" + block + "2']"));
      browser.click(By.id("dt-number-release-confirm"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  "QUARANTINE"
                      .equals(
                          db.fetchValue(
                              "SELECT status FROM did_inventory WHERE tenant_id = ? AND number"
                                  + " = ?",
                              admin.tenantId().value(),
                              block + "2")));
      wait.until(
          ExpectedConditions.not(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("body"), "+" + block + "2")));
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("sip:300@office.example.net");
      browser.screenshot("did-my-numbers-after-release.png");
    }
  }
}
