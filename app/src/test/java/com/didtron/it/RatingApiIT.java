package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rate cards and CDRs over the REST API with API keys. */
class RatingApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;

  private HttpResponse<String> call(
      String method, String path, String key, String type, String body) throws Exception {
    return new ApiClient(port).text(method, path, key, type, body);
  }

  private static String field(String json, String name) {
    return json.replaceAll("(?s).*?\"" + name + "\":\"?([^\",}]+)\"?.*", "$1");
  }

  @Test
  void aDeckIsUploadedActivatedListedAndExportedAndCdrsAreIngestedOnce() throws Exception {
    String key = keys.create(admin(), "rating").secret();
    Account customer =
        rating.account(admin(), Fixtures.unique("ApiCust"), AccountKind.CUSTOMER, "USD");
    Account carrier =
        rating.account(admin(), Fixtures.unique("ApiCarr"), AccountKind.CARRIER, "USD");
    String sellId =
        field(
            call(
                    "POST",
                    "/api/rate-cards",
                    key,
                    "application/json",
                    "{\"ownerId\":\"" + customer.id() + "\",\"side\":\"SELL\"}")
                .body(),
            "id");
    HttpResponse<String> buy =
        call(
            "POST",
            "/api/rate-cards",
            key,
            "application/json",
            "{\"ownerId\":\"" + carrier.id() + "\",\"side\":\"BUY\"}");
    assertThat(buy.statusCode()).as(buy.body()).isEqualTo(201);
    String buyId = field(buy.body(), "id");

    HttpResponse<String> up =
        call(
            "POST",
            "/api/rate-cards/" + sellId + "/imports?mode=REPLACE&activate=true",
            key,
            "text/csv",
            RatingFixtures.HEADER
                + "44,UK,0.0200,0,60,6,2026-01-01,\n4x,Bad,1,0,1,1,2026-01-01,\n");
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    assertThat(up.body())
        .contains("\"activated\":false")
        .contains("invalid")
        .contains("\"line\":3");
    String versionId = field(up.body(), "id");
    assertThat(
            call(
                    "POST",
                    "/api/rate-cards/versions/" + versionId + "/activation?skipInvalid=true",
                    key,
                    null,
                    null)
                .body())
        .contains("\"activated\":true");
    assertThat(
            call(
                    "POST",
                    "/api/rate-cards/" + buyId + "/imports?mode=ADD&activate=true",
                    key,
                    "text/csv",
                    RatingFixtures.HEADER + "44,UK,0.0100,0,60,6,2026-01-01,\n")
                .body())
        .contains("\"activated\":true");
    assertThat(call("GET", "/api/rate-cards/" + sellId + "/versions", key, null, null).body())
        .contains("\"status\":\"ACTIVE\"")
        .contains("\"total\":1");
    assertThat(
            call("GET", "/api/rate-cards/versions/" + versionId + "/export", key, null, null)
                .body())
        .startsWith("prefix,destination,rate")
        .contains("44,UK,0.0200,0,60,6,2026-01-01T00:00:00Z,");

    String source = Fixtures.unique("api");
    String cdrs =
        RatingFixtures.CDR_HEADER
            + "p1,"
            + customer.name()
            + ","
            + carrier.name()
            + ",1,4420,2026-11-01T10:00:00Z,61\n"
            + "p2,"
            + customer.name()
            + ","
            + carrier.name()
            + ",1,3320,2026-11-01T10:00:00Z,61\n";
    HttpResponse<String> first = call("POST", "/api/cdrs?source=" + source, key, "text/csv", cdrs);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body())
        .contains("\"accepted\":2")
        .contains("\"rated\":1")
        .contains("\"unrated\":1")
        .contains("\"duplicates\":0");
    assertThat(call("POST", "/api/cdrs?source=" + source, key, "text/csv", cdrs).body())
        .contains("\"accepted\":0")
        .contains("\"duplicates\":2");

    String customerKey =
        keys.create(actorOf(fixtures.portalUser(admin(), customer, Role.CUSTOMER)), "c").secret();
    HttpResponse<String> own = call("GET", "/api/cdrs?limit=10", customerKey, null, null);
    assertThat(own.body()).contains("\"total\":2").contains("\"callId\":\"p1\"");
    assertThat(call("POST", "/api/cdrs?source=x", customerKey, "text/csv", cdrs).statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/rate-cards", customerKey, null, null).statusCode()).isEqualTo(403);
  }
}
