package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.did.AccountDidCharges;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidOrders;
import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.user.OwnPassword;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DID pages of issue 12 in a real headless Chromium: a customer buys two numbers through "Buy
 * numbers" and watches them become active, staff find the order with its workflow link on "DID
 * orders", and "Daily charges" shows a customer its own charges only. Screenshots in {@code
 * app/target/screenshots/}.
 */
class DidPortalBrowserIT extends PlatformIT {
  private static final String PASSWORD = "customer-chosen-password";

  @LocalServerPort int port;
  @Autowired LedgerFixtures money;
  @Autowired TopUps topUps;
  @Autowired UserService users;
  @Autowired OwnPassword ownPassword;
  @Autowired DidPrices prices;
  @Autowired DidInventory inventory;
  @Autowired AccountDidCharges charges;
  @Autowired DidOrders orders;
  @Autowired DSLContext db;

  /** A prepaid USD customer with 100 USD, a verified KYC case and a portal user; its email. */
  private String customer(Account[] out) {
    Account a =
        money.account(
            AccountKind.CUSTOMER,
            BillingMode.PREPAID,
            "USD",
            "0",
            Fixtures.unique("did") + "@browser.example");
    topUps.manual(admin(), a.id(), new TopUpInput("100", "USD", "wire for numbers"));
    db.execute(
        "INSERT INTO kyc_case (id, tenant_id, account_id, state, identity_verified_at)"
            + " VALUES (gen_random_uuid(), ?, ?, 'VERIFIED', now())",
        a.tenantId().value(),
        a.id().value());
    String email = Fixtures.unique("didbuyer") + "@example.test";
    var created =
        (UserChange.Created)
            users.create(admin(), new UserDraft(email, "Buyer", Set.of(Role.CUSTOMER), a.id()));
    ownPassword.change(actorOf(email), created.oneTimePassword(), PASSWORD);
    out[0] = a;
    return email;
  }

  /** Three AVAILABLE Canadian numbers {@code block1..3} in their own area, priced in USD. */
  private String numbersForSale(String area) {
    String block = "1604" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    assertThat(
            prices.add(
                admin(),
                new DidPrices.PriceDraft(
                    "CA",
                    NumberType.GEOGRAPHIC,
                    area,
                    new BigDecimal("3.00"),
                    new BigDecimal("1.00"),
                    new BigDecimal("0.010"),
                    "USD",
                    null)))
        .isInstanceOf(DidPrices.PriceChange.Saved.class);
    StringBuilder csv =
        new StringBuilder("number,country,area,type,monthly_cost,setup_cost,channels,currency\n");
    for (int i = 1; i <= 3; i++) {
      csv.append(block).append(i).append(",CA,").append(area).append(",GEOGRAPHIC,0.37,0,2,USD\n");
    }
    assertThat(
            inventory.importCsv(
                admin(),
                "manual",
                "USD",
                "browser.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InventoryImport.Imported.class);
    return block;
  }

  private static WebElement input(Chromium browser, String cls) {
    return browser.wait.until(
        ExpectedConditions.elementToBeClickable(
            By.cssSelector("vaadin-text-field." + cls + " input")));
  }

  private static String text(Chromium browser, String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void aCustomerBuysTwoNumbersOnThePageTheyBecomeActiveAndStaffSeeTheOrderWithItsWorkflow()
      throws Exception {
    Account[] buyer = new Account[1];
    String email = customer(buyer);
    String area = "Browserville" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String block = numbersForSale(area);
    String orderId;

    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(email, PASSWORD);
      browser.openPage("buy-numbers", "Buy numbers");
      input(browser, "dt-buy-area").sendKeys(area, Keys.TAB);
      input(browser, "dt-buy-pattern").sendKeys(block + "*", Keys.TAB);
      browser.click(By.cssSelector("vaadin-button.dt-buy-search"));
      for (String n : List.of(block + "1", block + "2")) {
        browser.click(By.cssSelector("vaadin-button.dt-buy-add[data-number='" + n + "']"));
      }
      BigDecimal day = DailyRental.forDay(new BigDecimal("3.00"), LocalDate.now(ZoneOffset.UTC));
      String due =
          AmountFormat.of(
              new BigDecimal("2.00").add(day.multiply(BigDecimal.TWO)), CurrencyCode.of("USD"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-buy-total"), "2 numbers; due now (setup + first day): " + due));
      assertThat(text(browser, ".dt-buy-balance")).isEqualTo("Available to spend: 100.00 USD.");
      String page = text(browser, "body");
      assertThat(page).contains("+" + block + "3").contains("3.00 USD").contains("1.00 USD");
      // the supplier's cost (0.37) and the provider never reach the customer
      assertThat(page).doesNotContain("0.37").doesNotContain("manual");
      browser.screenshot("did-buy-cart.png");

      // a refusal says why and leaves the cart as it was
      input(browser, "dt-buy-destination").sendKeys("pbx", Keys.TAB);
      browser.click(By.cssSelector("vaadin-button.dt-buy-submit"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-buy-refused"), "Not ordered: The destination must be a SIP URI"));
      assertThat(text(browser, ".dt-buy-total")).startsWith("2 numbers");

      WebElement destination = input(browser, "dt-buy-destination");
      destination.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      destination.sendKeys("sip:100@pbx.example.com", Keys.TAB);
      browser.click(By.cssSelector("vaadin-button.dt-buy-submit"));
      // PROVISIONING → ACTIVE: the page polls the order until the saga has finished
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".dt-buy-order-state[data-state='ACTIVE']")));
      assertThat(text(browser, ".dt-buy-order")).contains("+" + block + "1", "+" + block + "2");
      browser.screenshot("did-buy-order-active.png");
      String href =
          browser.driver.findElement(By.cssSelector("a.dt-buy-order-link")).getAttribute("href");
      assertThat(href).contains("buy-numbers?order=");
      orderId = href.substring(href.indexOf("order=") + "order=".length());

      // the link opens the order again
      browser.get("buy-numbers?order=" + orderId);
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector(".dt-buy-order-state[data-state='ACTIVE']")));

      // a number someone else takes while it sits in the cart is refused with the reason
      input(browser, "dt-buy-pattern").sendKeys(block + "*", Keys.TAB);
      browser.click(By.cssSelector("vaadin-button.dt-buy-search"));
      browser.click(By.cssSelector("vaadin-button.dt-buy-add[data-number='" + block + "3']"));
      Account[] rival = new Account[1];
      customer(rival);
      DidOrders.Order rivals =
          orders.place(
              admin(),
              new DidOrders.OrderRequest(
                  rival[0].id().value(),
                  List.of(block + "3"),
                  "sip:1@rival.example.com",
                  null,
                  null));
      input(browser, "dt-buy-destination").sendKeys("sip:100@pbx.example.com", Keys.TAB);
      browser.click(By.cssSelector("vaadin-button.dt-buy-submit"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-buy-refused"),
              "Not ordered: +" + block + "3 is no longer available"));
      browser.screenshot("did-buy-refused.png");

      // another account's order stays closed to the customer
      browser.get("buy-numbers?order=" + rivals.id());
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-testid='error-message']"), "No such order"));
      assertThat(text(browser, "body")).doesNotContain(block + "3");
    }
    assertThat(
            db.fetchValue(
                "SELECT count(*) FROM did_inventory WHERE account_id = ? AND status = 'ACTIVE'"
                    + " AND destination_uri = 'sip:100@pbx.example.com'",
                buyer[0].id().value()))
        .isEqualTo(2L);
    // the refused number went to the rival's order, nothing of it to the buyer
    assertThat(
            db.fetchValue(
                "SELECT count(*) FROM did_inventory WHERE number = ? AND deleted_at IS NULL"
                    + " AND (account_id = ? OR reserved_by = ?)",
                block + "3",
                buyer[0].id().value(),
                buyer[0].id().value()))
        .isEqualTo(0L);

    try (Chromium browser = Chromium.open(port)) {
      browser.signInAsAdmin();
      browser.openPage("did-orders", "DID orders");
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.xpath(
                  "//a[contains(@class,'dt-workflow-link') and normalize-space()='did-order-"
                      + orderId
                      + "']")));
      WebElement link =
          browser.driver.findElement(
              By.xpath(
                  "//a[contains(@class,'dt-workflow-link') and normalize-space()='did-order-"
                      + orderId
                      + "']"));
      assertThat(link.getAttribute("href")).contains("workflows").contains("did-order-" + orderId);
      assertThat(text(browser, "vaadin-grid.dt-did-orders"))
          .contains("+" + block + "1, +" + block + "2")
          .contains(buyer[0].name())
          .contains("ACTIVE");
      browser.screenshot("did-orders-staff.png");
    }
  }

  @Test
  void aCustomerSeesItsOwnDailyChargesAndAnotherAccountsCustomerCannot() throws Exception {
    Account[] first = new Account[1];
    Account[] second = new Account[1];
    String firstEmail = customer(first);
    String secondEmail = customer(second);
    String area = "Chargeville" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String block = numbersForSale(area);
    UUID did =
        (UUID)
            db.fetchValue(
                "SELECT id FROM did_inventory WHERE number = ? AND deleted_at IS NULL",
                block + "1");
    // two days of rental of the first account, in two months (what DidRental writes)
    for (String day : List.of("2026-10-31", "2026-11-01")) {
      db.execute(
          "INSERT INTO did_accrual (id, tenant_id, account_id, did_id, number, day, monthly_price,"
              + " amount, currency, created_at)"
              + " VALUES (gen_random_uuid(), ?, ?, ?, ?, ?::date, 3.00, ?, 'USD', now())",
          first[0].tenantId().value(),
          first[0].id().value(),
          did,
          block + "1",
          day,
          day.endsWith("31") ? new BigDecimal("0.096774") : new BigDecimal("0.100000"));
    }

    var all = charges.list(actorOf(firstEmail), first[0].id(), null);
    assertThat(all.rows())
        .extracting(c -> c.day().toString())
        .containsExactly("2026-11-01", "2026-10-31");
    assertThat(all.totals()).containsEntry("USD", new BigDecimal("0.196774"));
    assertThat(charges.list(actorOf(firstEmail), first[0].id(), YearMonth.of(2026, 10)).rows())
        .singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("0.096774"));
    assertThat(charges.months(actorOf(firstEmail), first[0].id()))
        .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 10));
    assertThatThrownBy(() -> charges.list(actorOf(secondEmail), first[0].id(), null))
        .isInstanceOf(AccessDenied.class);

    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(firstEmail, PASSWORD);
      browser.openPage("daily-charges", "Daily charges");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-charges-total"), "2 charges, total 0.20 USD"));
      assertThat(text(browser, "vaadin-grid.dt-charges-grid"))
          .contains("2026-11-01")
          .contains("2026-10-31")
          .contains("+" + block + "1");
      browser.screenshot("did-daily-charges.png");
    }
    try (Chromium browser = Chromium.open(port)) {
      browser.signIn(secondEmail, PASSWORD);
      browser.openPage("daily-charges", "Daily charges");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".dt-charges-total"), "No daily charges."));
      browser.get("daily-charges?account=" + first[0].id().value());
      browser.wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("[data-testid='error-message']")));
      assertThat(text(browser, "[data-testid='error-message']")).startsWith("No such account.");
      assertThat(text(browser, "body")).doesNotContain(block);
      browser.screenshot("did-daily-charges-other-account.png");
    }
  }
}
