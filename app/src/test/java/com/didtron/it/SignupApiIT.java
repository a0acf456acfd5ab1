package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Categories, product visibility and the sign-up queue over the REST API, as a brand's admin sets
 * them up and as its customers meet them: a product the customer's category may not see is a 403
 * problem from its API.
 */
class SignupApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired JsonMapper json;

  private HttpResponse<String> call(String method, String path, String key, String body)
      throws Exception {
    return new ApiClient(port).json(method, path, key, body);
  }

  @Test
  void aCustomerOfACategoryWithoutLiveCallsGets403FromItsApiAndAWholesalerDoesNot()
      throws Exception {
    TenantId tenant = fixtures.tenant(Fixtures.unique("api-vis").toLowerCase());
    Actor brandAdmin = admin().inTenant(tenant);
    String adminKey =
        keys.create(actorOf(fixtures.staffUser(brandAdmin, Role.TENANT_ADMIN)), "brand").secret();
    JsonNode categories =
        json.readTree(call("GET", "/api/customer-categories", adminKey, null).body());
    String wholesaler = idOf(categories, "WHOLESALER");
    String individual = idOf(categories, "INDIVIDUAL");
    Account ind = fixtures.account(brandAdmin, Fixtures.unique("Ind"));
    Account whs = fixtures.account(brandAdmin, Fixtures.unique("Whs"));
    assertThat(
            call(
                    "PUT",
                    "/api/accounts/" + ind.id() + "/segment",
                    adminKey,
                    "{\"categoryId\":\"" + individual + "\"}")
                .statusCode())
        .isEqualTo(200);
    call(
        "PUT",
        "/api/accounts/" + whs.id() + "/segment",
        adminKey,
        "{\"categoryId\":\"" + wholesaler + "\"}");

    HttpResponse<String> rules =
        call(
            "PUT",
            "/api/products/LIVE_CALLS/visibility",
            adminKey,
            "[{\"scope\":\"CATEGORY\",\"target\":\"" + wholesaler + "\"}]");

    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
    String indKey =
        keys.create(actorOf(fixtures.portalUser(brandAdmin, ind, Role.CUSTOMER)), "k").secret();
    String whsKey =
        keys.create(actorOf(fixtures.portalUser(brandAdmin, whs, Role.CUSTOMER)), "k").secret();
    try (FakeSwitchRpc rpc = FakeSwitchRpc.running()) {
      HttpResponse<String> refused = call("GET", "/api/switch/calls", indKey, null);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("detail").asString())
          .isEqualTo("Live calls is not offered to your account");
      HttpResponse<String> allowed = call("GET", "/api/switch/calls", whsKey, null);
      assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
    }
  }

  @Test
  void anIndividualCustomerGets403FromTheSipTesterApiAndABusinessCustomerPings() throws Exception {
    TenantId tenant = fixtures.tenant(Fixtures.unique("api-sip").toLowerCase());
    Actor brandAdmin = admin().inTenant(tenant);
    String adminKey =
        keys.create(actorOf(fixtures.staffUser(brandAdmin, Role.TENANT_ADMIN)), "brand").secret();
    JsonNode categories =
        json.readTree(call("GET", "/api/customer-categories", adminKey, null).body());
    Account ind = fixtures.account(brandAdmin, Fixtures.unique("Ind"));
    Account ent = fixtures.account(brandAdmin, Fixtures.unique("Ent"));
    call(
        "PUT",
        "/api/accounts/" + ind.id() + "/segment",
        adminKey,
        "{\"categoryId\":\"" + idOf(categories, "INDIVIDUAL") + "\"}");
    call(
        "PUT",
        "/api/accounts/" + ent.id() + "/segment",
        adminKey,
        "{\"categoryId\":\"" + idOf(categories, "ENTERPRISE") + "\"}");
    String indKey =
        keys.create(actorOf(fixtures.portalUser(brandAdmin, ind, Role.CUSTOMER)), "k").secret();
    String entKey =
        keys.create(actorOf(fixtures.portalUser(brandAdmin, ent, Role.CUSTOMER)), "k").secret();
    String ping = "{\"target\":\"sip:10.20.30.40:5060\"}";

    HttpResponse<String> refused = call("POST", "/api/sip-tester/options", indKey, ping);
    HttpResponse<String> pinged = call("POST", "/api/sip-tester/options", entKey, ping);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).get("detail").asString())
        .isEqualTo("SIP tester is not offered to your account");
    assertThat(pinged.statusCode()).as(pinged.body()).isEqualTo(200);
    assertThat(json.readTree(pinged.body()).get("result").asString()).isEqualTo("FAILED");
  }

  @Test
  void theSignupQueueIsForStaffAndAnUnknownSignupReadsNoSuchSignup() throws Exception {
    String adminKey = keys.create(admin(), "signups").secret();
    Account own = fixtures.account(admin(), Fixtures.unique("Cust"));
    String customerKey =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "k").secret();

    HttpResponse<String> list = call("GET", "/api/signups?state=PENDING_APPROVAL", adminKey, null);
    HttpResponse<String> refused = call("GET", "/api/signups", customerKey, null);
    HttpResponse<String> unknown =
        call(
            "POST",
            "/api/signups/" + java.util.UUID.randomUUID() + "/reject",
            adminKey,
            "{\"reason\":\"x\"}");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(json.readTree(list.body()).isArray()).isTrue();
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(json.readTree(unknown.body()).get("detail").asString()).isEqualTo("No such sign-up");
  }

  private static String idOf(JsonNode categories, String code) {
    for (JsonNode c : categories) {
      if (c.get("code").asString().equals(code)) {
        return c.get("id").asString();
      }
    }
    throw new AssertionError("no category " + code);
  }
}
