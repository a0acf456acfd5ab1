package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/accounts/{id}/trunks}, {@code /limits}, {@code /suspend} and {@code /resume}. */
class TrunksApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired TrunkFixtures make;
  @Autowired DSLContext db;

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  private static String idOf(HttpResponse<String> r) {
    return r.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
  }

  private String adminKey() {
    return keys.create(admin(), "trunks").secret();
  }

  @Test
  void anAdminAddsReadsChangesAndDeletesACustomerTrunkAndThePasswordNeverComesBack()
      throws Exception {
    String key = adminKey();
    Account customer = make.account(admin(), "ApiTrunks", AccountKind.CUSTOMER);
    String base = "/api/accounts/" + customer.id() + "/trunks";
    String block = TrunkFixtures.uniqueBlock();
    HttpResponse<String> created =
        call(
            "POST",
            base,
            key,
            """
        {"name":"Office","direction":"INGRESS","address":"%s","transport":"UDP","techPrefix":"55#","strip":0,
         "prepend":"","maxChannels":10,"maxCps":2,"tier":"PREMIUM","username":"api%s","password":"api-secret-pass"}"""
                .formatted(block, customer.id().toString().substring(0, 8)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body())
        .contains("\"tier\":\"PREMIUM\"")
        .contains("\"address\":\"" + block + "\"")
        .contains("\"username\":\"api")
        .doesNotContain("api-secret-pass")
        .doesNotContain("ha1")
        .doesNotContain("password");
    String id = idOf(created);
    assertThat(created.headers().firstValue("Location")).hasValue(base + "/" + id);

    assertThat(call("GET", base, key, null).body()).contains(id);
    HttpResponse<String> changed =
        call(
            "PUT",
            base + "/" + id,
            key,
            """
        {"name":"Office 2","direction":"INGRESS","address":"%s","maxChannels":0,"tier":"STANDARD",
         "username":"api%s"}"""
                .formatted(block, customer.id().toString().substring(0, 8)));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body())
        .contains("\"name\":\"Office 2\"")
        .contains("\"maxChannels\":0")
        .contains("\"maxCps\":null");
    assertThat(call("DELETE", base + "/" + id, key, null).body()).contains("\"deleted\":true");
    assertThat(call("GET", base + "/" + id, key, null).body()).contains("\"deleted\":true");
    assertThat(call("GET", base, key, null).body()).isEqualTo("[]");
  }

  @Test
  void invalidTrunksAndLimitsBelowZeroAreRefusedWith422NamingTheFields() throws Exception {
    String key = adminKey();
    Account carrier = make.account(admin(), "ApiCarrier", AccountKind.CARRIER);
    HttpResponse<String> badTrunk =
        call(
            "POST",
            "/api/accounts/" + carrier.id() + "/trunks",
            key,
            """
        {"name":"C","direction":"EGRESS","address":"203.0.113.5:99999","maxCps":-1,"codecs":["MP3"]}""");
    assertThat(badTrunk.statusCode()).isEqualTo(422);
    assertThat(badTrunk.body())
        .contains("\"field\":\"address\"")
        .contains("\"field\":\"maxCps\"")
        .contains("\"field\":\"codecs\"");

    long audits = db.fetchCount(AUDIT_LOG);
    HttpResponse<String> badLimits =
        call(
            "PUT",
            "/api/accounts/" + carrier.id() + "/limits",
            key,
            """
        {"maxChannels":-1,"maxCps":-2,"dailySpendCap":"-0.5","maxRatePerMinute":-1,"blockedPrefixes":["44x"]}""");
    assertThat(badLimits.statusCode()).isEqualTo(422);
    assertThat(badLimits.body())
        .contains("\"field\":\"maxChannels\"")
        .contains("\"field\":\"maxCps\"")
        .contains("\"field\":\"dailySpendCap\"")
        .contains("\"field\":\"maxRatePerMinute\"")
        .contains("\"field\":\"blockedPrefixes\"");
    assertThat(db.fetchCount(AUDIT_LOG)).isEqualTo(audits);

    HttpResponse<String> limits =
        call(
            "PUT",
            "/api/accounts/" + carrier.id() + "/limits",
            key,
            """
        {"maxChannels":100,"dailySpendCap":"250.10","blockedPrefixes":["882","881","882"]}""");
    assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
    assertThat(call("GET", "/api/accounts/" + carrier.id() + "/limits", key, null).body())
        .contains("\"maxChannels\":100")
        .contains("\"dailySpendCap\":\"250.1\"")
        .contains("\"maxCps\":null")
        .contains("\"blockedPrefixes\":[\"881\",\"882\"]");
  }

  @Test
  void aCustomerOfAnotherAccountGets404OnEveryTrunkEndpointAndACustomerNeverSeesEgressTrunks()
      throws Exception {
    Account victim = make.account(admin(), "Victim", AccountKind.BOTH);
    String egressId =
        make.create(admin(), victim, TrunkFixtures.egress("Out", "203.0.113.44")).id().toString();
    make.create(
        admin(), victim, TrunkFixtures.ingress("In", TrunkFixtures.uniqueBlock(), null, null));
    Account intruder = make.account(admin(), "Intruder", AccountKind.CUSTOMER);
    String intruderKey =
        keys.create(actorOf(fixtures.portalUser(admin(), intruder, Role.CUSTOMER)), "i").secret();
    String base = "/api/accounts/" + victim.id();
    String body =
        """
        {"name":"X","direction":"EGRESS","address":"203.0.113.45"}""";
    assertThat(call("GET", base + "/trunks", intruderKey, null).statusCode()).isEqualTo(404);
    assertThat(call("GET", base + "/trunks/" + egressId, intruderKey, null).statusCode())
        .isEqualTo(404);
    assertThat(call("POST", base + "/trunks", intruderKey, body).statusCode()).isEqualTo(404);
    assertThat(call("PUT", base + "/trunks/" + egressId, intruderKey, body).statusCode())
        .isEqualTo(404);
    assertThat(call("DELETE", base + "/trunks/" + egressId, intruderKey, null).statusCode())
        .isEqualTo(404);
    assertThat(call("GET", base + "/limits", intruderKey, null).statusCode()).isEqualTo(404);
    assertThat(call("POST", base + "/suspend", intruderKey, "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(404);

    String ownKey =
        keys.create(actorOf(fixtures.portalUser(admin(), victim, Role.CUSTOMER)), "o").secret();
    HttpResponse<String> own = call("GET", base + "/trunks", ownKey, null);
    assertThat(own.body()).contains("\"direction\":\"INGRESS\"").doesNotContain("EGRESS");
    assertThat(call("GET", base + "/trunks/" + egressId, ownKey, null).statusCode()).isEqualTo(404);
    assertThat(call("DELETE", base + "/trunks/" + egressId, ownKey, null).statusCode())
        .isEqualTo(403);
  }

  @Test
  void suspendAndResumeNeedAReasonAndAreAudited() throws Exception {
    String key = adminKey();
    Account customer = make.account(admin(), "ApiSuspend", AccountKind.CUSTOMER);
    String base = "/api/accounts/" + customer.id();
    HttpResponse<String> noReason = call("POST", base + "/suspend", key, "{}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertThat(call("POST", base + "/suspend", key, "{\"reason\":\"Unpaid invoice\"}").body())
        .contains("\"status\":\"SUSPENDED\"");
    assertThat(call("POST", base + "/resume", key, "{\"reason\":\"Paid\"}").body())
        .contains("\"status\":\"ACTIVE\"");
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("account_suspension")
                    .and(AUDIT_LOG.ENTITY_ID.eq(customer.id().toString()))
                    .and(AUDIT_LOG.AFTER.cast(String.class).contains("Unpaid invoice"))))
        .isEqualTo(1);
  }
}
