package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DailyRental;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily rental run by staff through the API (issue 12 point 7) and an account's numbers in
 * service (point 10), on a fresh tenant with two ACTIVE numbers of one account.
 */
class DidAccrualsApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired BalanceMonitor balances;
  @Autowired DSLContext db;
  @Autowired JsonMapper json;

  private HttpResponse<String> call(String method, String path, String key) throws Exception {
    return new ApiClient(port).json(method, path, key, null);
  }

  @Test
  void staffChargeADayOnceCustomersSeeTheirOwnNumbersWithoutCostAndOthersAreRefused()
      throws Exception {
    Actor admin = admin().inTenant(fixtures.tenant(Fixtures.unique("acc")));
    Account buyer = fixtures.account(admin, Fixtures.unique("Renter"));
    Account other = fixtures.account(admin, Fixtures.unique("Other"));
    String staff =
        keys.create(actorOf(fixtures.staffUser(admin, Role.TENANT_ADMIN)), "rental").secret();
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin, buyer, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(fixtures.portalUser(admin, other, Role.CUSTOMER)), "s").secret();
    String block = "4930" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,DE,Berlin,GEOGRAPHIC,0.731234,1.00,2,USD\n"
            + block
            + "2,DE,Berlin,GEOGRAPHIC,0.731234,1.00,2,USD\n";
    assertThat(
            inventory.importCsv(
                admin,
                "wholesale-a",
                null,
                "t.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InventoryImport.Imported.class);
    assertThat(
            prices.add(
                admin,
                new DidPrices.PriceDraft(
                    "DE",
                    NumberType.GEOGRAPHIC,
                    null,
                    new BigDecimal("31.00"),
                    new BigDecimal("5.00"),
                    new BigDecimal("0.010000"),
                    "USD",
                    null)))
        .isInstanceOf(DidPrices.PriceChange.Saved.class);
    // ordering's result, made directly (as DidRentalIT does): both numbers ACTIVE for the buyer
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', failover_uri = 'sip:backup@example.net',"
            + " ring_timeout_seconds = 25, activated_at = now() - interval '3 days'"
            + " WHERE tenant_id = ?",
        buyer.id().value(),
        admin.tenantId().value());
    // the price list was in force before the day charged
    db.execute(
        "UPDATE did_price SET effective_from = now() - interval '10 days' WHERE tenant_id = ?",
        admin.tenantId().value());
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    BigDecimal funds = balances.current(admin.tenantId(), buyer.id()).funds().amount();

    HttpResponse<String> run = call("POST", "/api/dids/accruals?date=" + day, staff);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    JsonNode first = json.readTree(run.body());
    assertThat(first.get("date").asString()).isEqualTo(day.toString());
    assertThat(first.get("dids").asInt()).isEqualTo(2);
    assertThat(first.get("posted").asInt()).isEqualTo(2);
    BigDecimal expected = DailyRental.forDay(new BigDecimal("31.00"), day).multiply(BigDecimal.TWO);
    assertThat(first.get("amount").decimalValue()).isEqualByComparingTo(expected);
    // credit control sees the charge: the customer's balance went down by it
    assertThat(balances.current(admin.tenantId(), buyer.id()).funds().amount())
        .isEqualByComparingTo(funds.subtract(expected));

    HttpResponse<String> again = call("POST", "/api/dids/accruals?date=" + day, staff);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json.readTree(again.body()).get("posted").asInt()).isZero();
    assertThat(json.readTree(again.body()).get("dids").asInt()).isEqualTo(2);
    assertThat(call("POST", "/api/dids/accruals?date=" + day, customer).statusCode())
        .isEqualTo(403);

    HttpResponse<String> mine = call("GET", "/api/dids?accountId=" + buyer.id().value(), customer);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    JsonNode rows = json.readTree(mine.body());
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.get(0).get("number").asString()).isEqualTo(block + "1");
    assertThat(rows.get(0).get("destination").asString()).isEqualTo("sip:pbx@example.net");
    assertThat(rows.get(0).get("failover").asString()).isEqualTo("sip:backup@example.net");
    assertThat(rows.get(0).get("ringTimeoutSeconds").asInt()).isEqualTo(25);
    assertThat(rows.get(0).get("monthlyPrice").decimalValue()).isEqualByComparingTo("31.00");
    assertThat(mine.body()).doesNotContain("0.731234").doesNotContain("wholesale-a");
    assertThat(call("GET", "/api/dids?accountId=" + buyer.id().value(), staff).statusCode())
        .isEqualTo(200);
    assertThat(call("GET", "/api/dids?accountId=" + buyer.id().value(), stranger).statusCode())
        .isEqualTo(403);
    HttpResponse<String> none = call("GET", "/api/dids?accountId=" + other.id().value(), stranger);
    assertThat(json.readTree(none.body()).size()).isZero();
  }
}
