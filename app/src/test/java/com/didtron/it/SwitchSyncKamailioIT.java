package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The switch sync with the real local Kamailio: an operator's script creates a customer trunk and
 * suspends the account over the REST API, and nothing but the outbox and the sync workflow carries
 * that to the running switch (started on the RPC port the platform is configured with).
 */
class SwitchSyncKamailioIT extends PlatformIT {
  /** A loopback source no other switch test uses. */
  private static final String CUSTOMER_IP = "127.0.0.57";

  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();
  private static KamailioSwitch kamailio;

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DatabaseLogins databaseLogins;

  @AfterAll
  static void stopSwitch() {
    if (kamailio != null) {
      kamailio.stop();
    }
  }

  @Test
  void aTrunkAddedOverTheApiLetsItsAddressCallAndASuspensionMakesTheSwitchRefuseWithTheReason()
      throws Exception {
    kamailio = new KamailioSwitch(DATA_DIR);
    SwitchEndpoints endpoints = new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT);
    kamailio.start(databaseLogins.owner(), endpoints);
    // the platform's switch RPC reaches this Kamailio while the test runs (down otherwise)
    try (FakeSwitchRpc rpc = FakeSwitchRpc.forwardingTo(endpoints.rpcUrl())) {
      trunkAndSuspension();
    }
  }

  private void trunkAndSuspension() throws Exception {
    String key = keys.create(admin(), "switch-sync").secret();
    Account customer = fixtures.account(admin(), Fixtures.unique("sync-kamailio"));
    assertThat(invite()).as("an address no trunk has is refused").startsWith("SIP/2.0 403");

    HttpResponse<String> trunk =
        api(
            "POST",
            "/api/accounts/" + customer.id() + "/trunks",
            key,
            """
            {"name":"PBX","direction":"INGRESS","address":"%s","transport":"UDP","tier":"STANDARD"}"""
                .formatted(CUSTOMER_IP));
    assertThat(trunk.statusCode()).as(trunk.body()).isEqualTo(201);

    String accepted =
        eventually(
            "the switch to accept the trunk's address",
            () -> {
              String reply = invite();
              return reply.startsWith("SIP/2.0 403") ? null : reply;
            });
    assertThat(accepted)
        .as("past the address check, the call reaches routing (no routes: 404)")
        .startsWith("SIP/2.0 404");
    assertThat(api("GET", "/api/switch/status?state=IN_SYNC&target=kamailio", key, null).body())
        .contains("\"objectType\":\"TRUNK\"")
        .contains("\"accountId\":\"" + customer.id() + "\"");

    HttpResponse<String> suspended =
        api(
            "POST",
            "/api/accounts/" + customer.id() + "/suspend",
            key,
            "{\"reason\":\"unpaid invoice\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);

    String refused =
        eventually(
            "the switch to refuse the suspended account",
            () -> {
              String reply = invite();
              return reply.startsWith("SIP/2.0 403") ? reply : null;
            });
    assertThat(refused)
        .startsWith("SIP/2.0 403 Account Blocked")
        .contains("X-DIDTron-Reason: account suspended");
  }

  @Test
  void aBadFilterIsAProblemNotAnError() throws Exception {
    String key = keys.create(admin(), "switch-sync-bad").secret();
    HttpResponse<String> bad = api("GET", "/api/switch/status?state=LOST", key, null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("state must be one of");
    HttpResponse<String> retry =
        api("POST", "/api/switch/status/kamailio/TRUNK/no-such-trunk/retry", key, null);
    assertThat(retry.statusCode()).isEqualTo(404);
  }

  private String invite() {
    return SwitchCalls.invite(
        CUSTOMER_IP, "127.0.0.1", SIP_PORT, "4420" + System.nanoTime() % 1_000_000);
  }

  private HttpResponse<String> api(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  /** Polls until {@code probe} answers (the sync backs off to 30 s while the switch was down). */
  private static <T> T eventually(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
