package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.switchpush.SwitchSyncService;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.account.Account;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.user.Role;
import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live calls on the real local Kamailio, driven over the REST API as an operator's script would:
 * SIPp places a call from a customer's address to an answering SIPp carrier; the customer's key
 * lists it (without the carrier), the operator's key lists it with its gateway and hangs it up, and
 * both SIPp sides receive the switch's BYE. The platform's switch RPC is passed through to this
 * Kamailio ({@link FakeSwitchRpc#forwardingTo}).
 */
class LiveCallsSwitchIT extends PlatformIT {
  /** A source address of its own, so that no other test's customer on 127.0.0.1 matches first. */
  private static final String CUSTOMER_IP = "127.0.0.7";

  @LocalServerPort int port;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired Fixtures fixtures;
  @Autowired TrunkFixtures make;
  @Autowired ApiKeyService keys;
  @Autowired JsonMapper json;
  @Autowired RatingFixtures rating;
  @Autowired RoutePlanService plans;
  @Autowired SwitchSyncService sync;
  @Autowired AuthoriseServer authorise;

  @Test
  void anOperatorListsALiveCallAndHangsItUpAndBothSidesGetBye() throws Exception {
    KamailioSwitch kamailio = new KamailioSwitch(DATA_DIR, authorise.port());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(),
            new SwitchEndpoints("127.0.0.1", SwitchCalls.freeUdpPort(), SwitchCalls.freeTcpPort()));
    List<Process> sipp = new ArrayList<>();
    try (FakeSwitchRpc rpc = FakeSwitchRpc.forwardingTo(endpoints.rpcUrl())) {
      // set up as an operator does: rates, trunks and the routing plan; the switch sync alone
      // carries them to this Kamailio
      RatingFixtures.Pair pair =
          rating.pair(admin(), "44,UK,0.01,0,1,1,2020-01-01,\n", "44,UK,0.005,0,1,1,2020-01-01,\n");
      Account customer = pair.customer();
      Trunk trunk =
          make.create(admin(), customer, trunk("Office", TrunkDirection.INGRESS, CUSTOMER_IP));
      int carrierPort = SwitchCalls.freeUdpPort();
      Process carrier = sipp(carrierSide(carrierPort));
      sipp.add(carrier);
      Trunk egress =
          make.create(
              admin(),
              pair.carrier(),
              trunk("Termination", TrunkDirection.EGRESS, "127.0.0.1:" + carrierPort));
      String gw = egress.id().toString();
      plans.store(admin(), customer.id(), RoutePolicy.Tier.STANDARD);
      awaitInSync(ObjectType.TRUNK, trunk.id().toString());
      awaitInSync(ObjectType.TRUNK, gw);
      awaitInSync(ObjectType.ROUTES, customer.id().toString());

      String number = "4479" + System.nanoTime() % 1_000_000;
      Process caller = sipp(customerSide("127.0.0.1:" + endpoints.sipPort(), number));
      sipp.add(caller);

      String customerKey =
          keys.create(actorOf(fixtures.portalUser(admin(), customer, Role.CUSTOMER)), "live")
              .secret();
      JsonNode seen =
          eventually(
              "the answered call in the customer's list",
              () -> answered(list(customerKey), number));
      assertThat(seen.has("gateway")).as("a customer never sees the carrier side").isFalse();
      assertThat(seen.get("trunk").asString()).isEqualTo("Office");

      String operatorKey = keys.create(admin(), "live-operator").secret();
      JsonNode call = answered(list(operatorKey), number);
      assertThat(call.get("account").asString()).isEqualTo(customer.name());
      assertThat(call.get("gateway").asString()).isEqualTo(gw);
      String id = call.get("id").asString();

      HttpResponse<String> hangUp = api("DELETE", "/api/switch/calls/" + id, operatorKey);
      assertThat(hangUp.statusCode()).as(hangUp.body()).isEqualTo(200);

      assertThat(caller.waitFor(60, TimeUnit.SECONDS)).as("the customer's sipp ended").isTrue();
      assertThat(caller.exitValue()).as("the customer got the BYE and answered it").isZero();
      assertThat(carrier.waitFor(60, TimeUnit.SECONDS)).as("the carrier's sipp ended").isTrue();
      assertThat(carrier.exitValue()).as("the carrier got the BYE and answered it").isZero();
      assertThat(answered(list(operatorKey), number)).as("no longer listed").isNull();
      assertThat(api("DELETE", "/api/switch/calls/" + id, operatorKey).statusCode())
          .as("a call that no longer runs")
          .isEqualTo(404);
    } finally {
      sipp.forEach(Process::destroy);
      kamailio.stop();
    }
  }

  private static TrunkDraft trunk(String name, TrunkDirection direction, String address) {
    return new TrunkDraft(
        name,
        direction,
        address,
        Transport.UDP,
        "",
        0,
        "",
        10,
        10,
        List.of("PCMU"),
        direction == TrunkDirection.INGRESS ? RoutingTier.STANDARD : null,
        null,
        null,
        null);
  }

  private void awaitInSync(ObjectType type, String id) {
    eventually(
        type + " " + id + " in sync on the switch",
        () ->
            sync.status(admin(), SyncTargets.KAMAILIO, null, 1000).stream()
                    .anyMatch(
                        o ->
                            o.type() == type
                                && o.objectId().equals(id)
                                && o.status() == SyncStatus.IN_SYNC)
                ? Boolean.TRUE
                : null);
  }

  private String list(String key) {
    try {
      HttpResponse<String> r = api("GET", "/api/switch/calls", key);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      return r.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answered call to {@code number} in a list, or null. */
  private JsonNode answered(String body, String number) {
    for (JsonNode c : json.readTree(body)) {
      if (c.get("to").asString().equals(number) && c.get("state").asString().equals("ANSWERED")) {
        return c;
      }
    }
    return null;
  }

  private HttpResponse<String> api(String method, String path, String key) throws Exception {
    return new ApiClient(port).json(method, path, key, null);
  }

  /** An answering carrier for exactly one call: exits 0 once it has answered the call's BYE. */
  private static List<String> carrierSide(int sipPort) {
    return List.of(
        "-sf",
        "kamailio-carrier.xml",
        "-i",
        "127.0.0.1",
        "-p",
        String.valueOf(sipPort),
        "-set",
        "ring_ms",
        "0",
        "-set",
        "answer_ms",
        "0",
        "-m",
        "1");
  }

  /** The customer's call from its own address, waiting for the switch's BYE. */
  private static List<String> customerSide(String switchSip, String number) {
    return List.of(
        "-sf",
        "kamailio-customer-hungup.xml",
        "-i",
        CUSTOMER_IP,
        "-p",
        String.valueOf(SwitchCalls.freeUdpPort()),
        "-s",
        number,
        switchSip,
        "-m",
        "1");
  }

  /** Starts sipp with {@code args} (scenario copied from the test resources); waits until bound. */
  private static Process sipp(List<String> args) {
    try {
      Path dir = Files.createTempDirectory("didtron-live-sipp-");
      String scenario = args.get(1);
      try (InputStream in = LiveCallsSwitchIT.class.getResourceAsStream("/sipp/" + scenario)) {
        Files.copy(in, dir.resolve(scenario));
      }
      List<String> cmd = new ArrayList<>(List.of(SippPeer.executable()));
      cmd.addAll(args);
      cmd.addAll(
          List.of(
              "-mi",
              "127.0.0.1",
              "-mp",
              String.valueOf(SwitchCalls.freeUdpPort()),
              "-cp",
              String.valueOf(SwitchCalls.freeUdpPort()),
              "-nostdin",
              "-trace_err",
              "-timeout",
              "120s",
              "-timeout_error"));
      Process p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("sipp.out").toFile())
              .start();
      String ip = args.get(args.indexOf("-i") + 1);
      int sipPort = Integer.parseInt(args.get(args.indexOf("-p") + 1));
      eventually("sipp listening on " + ip + ":" + sipPort, () -> bound(ip, sipPort) ? true : null);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean bound(String ip, int port) {
    try (DatagramSocket s = new DatagramSocket(null)) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
      return false;
    } catch (SocketException e) {
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
