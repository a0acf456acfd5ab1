package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ordering numbers through the API as an operator's script does: import inventory, set a price, a
 * customer orders two numbers (201, reserved for the order); refusals answer 422 with the reason;
 * another account's customer cannot order for it nor read its orders.
 */
class DidOrdersApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;
  @Autowired LedgerFixtures money;

  private HttpResponse<String> json(String method, String path, String key, String body)
      throws Exception {
    return new ApiClient(port).json(method, path, key, body);
  }

  @Test
  void aCustomerOrdersTwoNumbersAndRefusalsSayWhy() throws Exception {
    String admin = keys.create(admin(), "did-orders").secret();
    Account buyer = fixtures.account(admin(), Fixtures.unique("DidOrderBuyer"));
    Account other = fixtures.account(admin(), Fixtures.unique("DidOrderOther"));
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), buyer, Role.CUSTOMER)), "c").secret();
    // every number asks for a verified identity (kyc-requirements.dmn); staff verified both
    for (Account verified : List.of(buyer, other)) {
      db.execute(
          "INSERT INTO kyc_case (id, tenant_id, account_id, state, identity_verified_at)"
              + " VALUES (gen_random_uuid(), ?, ?, 'VERIFIED', now())",
          verified.tenantId().value(),
          verified.id().value());
    }
    String block = "1604" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    HttpResponse<String> price =
        json(
            "POST",
            "/api/did-prices",
            admin,
            """
            {"country":"CA","type":"GEOGRAPHIC","monthlyPrice":"3.00","setupPrice":"1.00",
             "inboundPerMinute":"0.010","currency":"EUR"}""");
    assertThat(price.statusCode()).as(price.body()).isIn(201, 409, 422);

    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,CA,Vancouver,GEOGRAPHIC,0.5,0,2,EUR\n"
            + block
            + "2,CA,Vancouver,GEOGRAPHIC,0.5,0,2,EUR\n";
    HttpResponse<String> imported =
        new ApiClient(port)
            .text("POST", "/api/did-inventory/imports?provider=manual", admin, "text/csv", csv);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

    HttpResponse<String> badDestination =
        json(
            "POST",
            "/api/dids/orders",
            customer,
            "{\"accountId\":\"%s\",\"numbers\":[\"+%s1\"],\"destination\":\"pbx\"}"
                .formatted(buyer.id().value(), block));
    assertThat(badDestination.statusCode()).as(badDestination.body()).isEqualTo(422);
    assertThat(badDestination.body()).contains("SIP URI");

    HttpResponse<String> forOther =
        json(
            "POST",
            "/api/dids/orders",
            customer,
            "{\"accountId\":\"%s\",\"numbers\":[\"+%s1\"],\"destination\":\"sip:1@pbx.example.com\"}"
                .formatted(other.id().value(), block));
    assertThat(forOther.statusCode()).isEqualTo(403);

    HttpResponse<String> placed =
        json(
            "POST",
            "/api/dids/orders",
            customer,
            ("{\"accountId\":\"%s\",\"numbers\":[\"+%s1\",\"+%s2\"],"
                    + "\"destination\":\"sip:100@pbx.example.com\",\"ringTimeout\":20}")
                .formatted(buyer.id().value(), block, block));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    assertThat(placed.body())
        .contains("\"state\":\"REQUESTED\"")
        .contains("\"workflowId\":\"did-order-")
        .contains("\"number\":\"" + block + "1\"")
        .contains("\"number\":\"" + block + "2\"")
        .doesNotContain("0.5,")
        .doesNotContain("manual");
    String id = placed.body().replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*$", "$1");

    HttpResponse<String> again =
        json(
            "POST",
            "/api/dids/orders",
            admin,
            "{\"accountId\":\"%s\",\"numbers\":[\"%s2\"],\"destination\":\"sip:1@pbx.example.com\"}"
                .formatted(other.id().value(), block));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("+" + block + "2 is no longer available");

    HttpResponse<String> read = json("GET", "/api/dids/orders/" + id, customer, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"ringTimeout\":20");
    // the provisioning saga (DidOrderWorkflow) activates the numbers
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json("GET", "/api/dids/orders/" + id, customer, null)
                    .body()
                    .contains("\"state\":\"ACTIVE\""));
    HttpResponse<String> list =
        json("GET", "/api/dids/orders?accountId=" + buyer.id().value(), customer, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(id);
    assertThat(
            json("GET", "/api/dids/orders?accountId=" + other.id().value(), customer, null)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aPrepaidAccountWithoutFundsForSetupAndTheFirstDayIsRefused() throws Exception {
    String admin = keys.create(admin(), "did-orders-funds").secret();
    Account buyer = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "EUR", "0", null);
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), buyer, Role.CUSTOMER)), "c").secret();
    db.execute(
        "INSERT INTO kyc_case (id, tenant_id, account_id, state, identity_verified_at)"
            + " VALUES (gen_random_uuid(), ?, ?, 'VERIFIED', now())",
        buyer.tenantId().value(),
        buyer.id().value());
    // MX: a country no other test prices, so the price below is the one in force
    HttpResponse<String> price =
        json(
            "POST",
            "/api/did-prices",
            admin,
            """
            {"country":"MX","type":"GEOGRAPHIC","monthlyPrice":"31.00","setupPrice":"2.00",
             "inboundPerMinute":"0.010","currency":"EUR"}""");
    assertThat(price.statusCode()).as(price.body()).isIn(201, 409, 422);
    String block = "5255" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,MX,CDMX,GEOGRAPHIC,0.5,0,2,EUR\n";
    HttpResponse<String> imported =
        new ApiClient(port)
            .text("POST", "/api/did-inventory/imports?provider=manual", admin, "text/csv", csv);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String order =
        ("{\"accountId\":\"%s\",\"numbers\":[\"+%s1\"],"
                + "\"destination\":\"sip:100@pbx.example.com\"}")
            .formatted(buyer.id().value(), block);

    money.topUp(buyer, "2.50");
    HttpResponse<String> refused = json("POST", "/api/dids/orders", customer, order);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    // setup 2.00 + one day of 31.00 a month (1.00 in a 31-day month, 1.03.. in a 30-day one)
    assertThat(refused.body())
        .contains("balance does not cover setup + first day: needs 3.")
        .contains(" EUR, available 2.50 EUR");
    assertThat(
            db.fetchValue(
                "SELECT status FROM did_inventory WHERE number = ? AND deleted_at IS NULL",
                block + "1"))
        .isEqualTo("AVAILABLE");

    money.topUp(buyer, "1.50");
    HttpResponse<String> placed = json("POST", "/api/dids/orders", customer, order);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
  }
}
