package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.FakeSwitchRpc.Dialog;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/switch/calls} and {@code DELETE /api/switch/calls/{id}} as staff, a customer,
 * another customer and a carrier, over a stand-in of the switch's JSON-RPC; the real switch is
 * {@link LiveCallsSwitchIT}.
 */
class LiveCallsApiIT extends PlatformIT {
  private static final AtomicInteger IDS = new AtomicInteger(9000);
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired TrunkFixtures make;
  @Autowired DSLContext db;
  @Autowired JsonMapper json;

  private Account customer;
  private Account other;
  private Account carrier;
  private Dialog own;
  private Dialog others;
  private FakeSwitchRpc rpc;

  @BeforeEach
  void twoCustomersCallingThroughOneCarrier() {
    customer = make.account(admin(), Fixtures.unique("ApiLive"), AccountKind.CUSTOMER);
    other = make.account(admin(), Fixtures.unique("ApiLiveOther"), AccountKind.CUSTOMER);
    carrier = make.account(admin(), Fixtures.unique("ApiLiveCarrier"), AccountKind.CARRIER);
    own = dialog(customer);
    others = dialog(other);
    rpc = FakeSwitchRpc.running(own, others);
  }

  @AfterEach
  void switchGone() {
    rpc.close();
  }

  private Dialog dialog(Account caller) {
    int n = IDS.addAndGet(2);
    return new Dialog(
        n,
        n + 1,
        "api-call-" + n,
        "caller" + n,
        "4420" + n,
        caller.id().toString(),
        "tag-" + n,
        "gw-" + carrier.name(),
        4,
        1_700_000_000L);
  }

  private HttpResponse<String> call(String method, String path, String key) throws Exception {
    return new ApiClient(port).json(method, path, key, null);
  }

  private String keyOf(Account account, Role role) {
    return keys.create(actorOf(fixtures.portalUser(admin(), account, role)), "live").secret();
  }

  @Test
  void staffListEveryCallOfTheTenantWithTheCarrierGatewayAndCanFilterByAccount() throws Exception {
    String key = keys.create(admin(), "live-admin").secret();
    HttpResponse<String> all = call("GET", "/api/switch/calls", key);
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    JsonNode ownJson = find(all.body(), own);
    assertThat(ownJson.get("account").asString()).isEqualTo(customer.name());
    assertThat(ownJson.get("accountId").asString()).isEqualTo(customer.id().toString());
    assertThat(ownJson.get("gateway").asString()).isEqualTo("gw-" + carrier.name());
    assertThat(ownJson.get("to").asString()).isEqualTo(own.toUser());
    assertThat(ownJson.get("state").asString()).isEqualTo("ANSWERED");
    assertThat(find(all.body(), others)).isNotNull();

    HttpResponse<String> filtered = call("GET", "/api/switch/calls?account=" + other.id(), key);
    assertThat(json.readTree(filtered.body()).size()).isEqualTo(1);
    assertThat(find(filtered.body(), others)).isNotNull();
  }

  @Test
  void aCustomerListsOnlyItsOwnCallsWithoutAnyCarrierAndAnotherCustomerSeesNoneOfThem()
      throws Exception {
    HttpResponse<String> mine = call("GET", "/api/switch/calls", keyOf(customer, Role.CUSTOMER));
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(json.readTree(mine.body()).size()).isEqualTo(1);
    assertThat(find(mine.body(), own).has("gateway")).isFalse();
    assertThat(mine.body()).doesNotContain(carrier.name(), other.name(), others.callId());

    String otherKey = keyOf(other, Role.CUSTOMER);
    HttpResponse<String> theirs = call("GET", "/api/switch/calls", otherKey);
    assertThat(theirs.body()).doesNotContain(own.callId(), customer.name());
    HttpResponse<String> aimed =
        call("GET", "/api/switch/calls?account=" + customer.id(), otherKey);
    assertThat(aimed.statusCode()).isEqualTo(404);
    assertThat(aimed.body()).doesNotContain(own.callId());
  }

  @Test
  void aCarrierIsRefusedWith403() throws Exception {
    String key = keyOf(carrier, Role.CARRIER);
    assertThat(call("GET", "/api/switch/calls", key).statusCode()).isEqualTo(403);
    assertThat(call("DELETE", "/api/switch/calls/" + own.hangUpId(), key).statusCode())
        .isEqualTo(403);
    assertThat(rpc.hangUpsOf(own)).isZero();
  }

  @Test
  void aCustomerHangsUpItsOwnCallAuditedButGets404ForAnotherCustomersOrAnUnknownCall()
      throws Exception {
    String key = keyOf(customer, Role.CUSTOMER);
    HttpResponse<String> foreign = call("DELETE", "/api/switch/calls/" + others.hangUpId(), key);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(rpc.hangUpsOf(others)).isZero();
    assertThat(call("DELETE", "/api/switch/calls/424242:1", key).statusCode()).isEqualTo(404);

    HttpResponse<String> done = call("DELETE", "/api/switch/calls/" + own.hangUpId(), key);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(json.readTree(done.body()).get("callId").asString()).isEqualTo(own.callId());
    assertThat(rpc.hangUpsOf(own)).isEqualTo(1);
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("live_call")
                    .and(AUDIT_LOG.ENTITY_ID.eq(own.hangUpId()))
                    .and(AUDIT_LOG.ACTION.eq("DELETE"))))
        .isEqualTo(1);
  }

  @Test
  void aSwitchThatDoesNotAnswerIsA503ProblemWithoutInternals() throws Exception {
    rpc.close();
    HttpResponse<String> r =
        call("GET", "/api/switch/calls", keys.create(admin(), "live-down").secret());
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json.readTree(r.body());
    assertThat(problem.get("title").asString()).isEqualTo("Switch unavailable");
    assertThat(r.body()).doesNotContain("Exception", "127.0.0.1", "RPC");
  }

  private JsonNode find(String body, Dialog d) {
    for (JsonNode c : json.readTree(body)) {
      if (c.get("id").asString().equals(d.hangUpId())) {
        return c;
      }
    }
    return null;
  }
}
