package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DID endpoints as an operator's script calls them: set a price, import inventory as CSV, let a
 * customer search it; the customer never sees the supplier or the cost.
 */
class DidsApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;

  private HttpResponse<String> json(String method, String path, String key, String body)
      throws Exception {
    return new ApiClient(port).json(method, path, key, body);
  }

  @Test
  void anOperatorPricesAndImportsNumbersAndACustomerFindsThemWithItsPricesButNeverTheCost()
      throws Exception {
    String admin = keys.create(admin(), "dids").secret();
    Account buyer = fixtures.account(admin(), Fixtures.unique("DidBuyer"));
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), buyer, Role.CUSTOMER)), "c").secret();
    String block = "3906" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    HttpResponse<String> price =
        json(
            "POST",
            "/api/did-prices",
            admin,
            """
            {"country":"IT","type":"GEOGRAPHIC","monthlyPrice":"2.50","setupPrice":"4.00",
             "inboundPerMinute":"0.012","currency":"EUR"}""");
    assertThat(price.statusCode()).as(price.body()).isEqualTo(201);

    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,IT,Roma,GEOGRAPHIC,0.731234,0,2,EUR\n"
            + block
            + "2,IT,Roma,GEOGRAPHIC,0.731234,0,2,EUR\n";
    HttpResponse<String> imported =
        new ApiClient(port)
            .text(
                "POST", "/api/did-inventory/imports?provider=wholesale-a", admin, "text/csv", csv);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(imported.body()).contains("\"imported\":true").contains("\"numbers\":2");

    HttpResponse<String> again =
        new ApiClient(port)
            .text(
                "POST",
                "/api/did-inventory/imports",
                admin,
                "text/csv",
                csv + "12,IT,,X,1,1,2,EUR\n");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body())
        .contains("\"errorCount\":3")
        .contains(
            "{\"line\":2,\"reason\":\"number "
                + block
                + "1 is already in the inventory (AVAILABLE)\"}")
        .contains("{\"line\":4,");

    HttpResponse<String> found =
        json(
            "GET",
            "/api/dids/available?country=it&type=geographic&pattern=" + block + "*",
            customer,
            null);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.body())
        .contains("\"number\":\"" + block + "1\"")
        .contains("\"number\":\"" + block + "2\"")
        .contains("\"monthlyPrice\":2.5")
        .contains("\"setupPrice\":4")
        .contains("\"area\":\"Roma\"")
        .doesNotContain("0.731234")
        .doesNotContain("wholesale-a")
        .doesNotContain("ost")
        .doesNotContain("rovider");

    assertThat(
            json("GET", "/api/did-inventory?pattern=" + block + "*", customer, null).statusCode())
        .isEqualTo(403);
    HttpResponse<String> staff =
        json("GET", "/api/did-inventory?pattern=" + block + "*", admin, null);
    assertThat(staff.body()).contains("\"provider\":\"wholesale-a\"").contains("0.731234");
  }

  @Test
  void countriesShowTheirRequirementsAndABadCountryOrPatternIsAClearRefusal() throws Exception {
    String admin = keys.create(admin(), "did-countries").secret();

    HttpResponse<String> de = json("GET", "/api/did-countries/DE", admin, null);
    assertThat(de.body())
        .contains("\"document\":\"PROOF_OF_ADDRESS\"")
        .contains("\"maxAgeDays\":90");

    HttpResponse<String> bad =
        json(
            "PUT",
            "/api/did-countries/X1",
            admin,
            "{\"name\":\"\",\"dialCode\":\"x\",\"requirements\":[]}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("\"field\":\"code\"").contains("\"field\":\"dialCode\"");

    HttpResponse<String> pattern = json("GET", "/api/dids/available?pattern=49%25", admin, null);
    assertThat(pattern.statusCode()).isEqualTo(400);
    assertThat(pattern.body()).contains("digits, * (any digits) and ? (one digit)");
  }
}
