package com.didtron.activities.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The local Kamailio's JSON-RPC ({@code dlg.list}, {@code dlg.end_dlg}) as a stand-in on {@link
 * ProviderStubs}, answering with the given dialogs in Kamailio 5.6's shape, for as long as it is
 * open; closed (and by default) the switch refuses connections, as a stopped switch does. The real
 * switch is exercised by the app's {@code KamailioSwitchIT}, and by {@code LiveCallsSwitchIT}
 * through {@link #forwardingTo}.
 */
public final class FakeSwitchRpc implements AutoCloseable {
  static final String PATH = "/kamailio/RPC";
  private static final String RPC = "/RPC";
  private final WireMockServer server = ProviderStubs.server();
  private final List<StubMapping> stubs = new ArrayList<>();

  /**
   * One dialog: {@code entry:id} is its hang-up id, {@code account} the DIDTron account id the
   * switch recorded, {@code state} 4 = confirmed, {@code startTs} when answered (epoch seconds).
   */
  public record Dialog(
      int entry,
      int id,
      String callId,
      String fromUser,
      String toUser,
      String account,
      String trunk,
      String gateway,
      int state,
      long startTs) {
    public String hangUpId() {
      return entry + ":" + id;
    }

    String json() {
      return """
          {"h_entry":%d,"h_id":%d,"ref":2,"call-id":"%s","from_uri":"sip:%s@127.0.0.1:15090",
           "to_uri":"sip:%s@127.0.0.1:15060","state":%d,"start_ts":%d,"init_ts":%d,"end_ts":0,
           "timeout":0,"profiles":[{"account":"7"}],
           "variables":[{"account":"%s"},{"trunk":"%s"},{"gw":"%s"}]}"""
          .formatted(
              entry, id, callId, fromUser, toUser, state, startTs, startTs, account, trunk,
              gateway);
    }
  }

  /** The switch runs these calls until {@link #close}; each can be hung up once. */
  public static FakeSwitchRpc running(Dialog... dialogs) {
    FakeSwitchRpc rpc = new FakeSwitchRpc();
    List<String> list = new ArrayList<>();
    for (Dialog d : dialogs) {
      list.add(d.json());
      rpc.stub(
          post(urlEqualTo(PATH))
              .atPriority(1)
              .withRequestBody(
                  equalToJson(
                      "{\"method\":\"dlg.end_dlg\",\"params\":[%d,%d]}"
                          .formatted(d.entry(), d.id()),
                      false,
                      true))
              .willReturn(okJson("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":1}")));
    }
    rpc.stub(
        post(urlEqualTo(PATH))
            .atPriority(2)
            .withRequestBody(equalToJson("{\"method\":\"dlg.list\"}", false, true))
            .willReturn(
                okJson(
                    "{\"jsonrpc\":\"2.0\",\"result\":[" + String.join(",", list) + "],\"id\":1}")));
    rpc.stub(
        post(urlEqualTo(PATH))
            .atPriority(3)
            .withRequestBody(equalToJson("{\"method\":\"dlg.end_dlg\"}", false, true))
            .willReturn(
                okJson(
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"Not Found\"},\"id\":1}")));
    return rpc;
  }

  /**
   * The platform's switch RPC passed through, unchanged, to a real Kamailio at {@code rpcUrl}
   * ({@code http://host:port/RPC}) until {@link #close}.
   */
  public static FakeSwitchRpc forwardingTo(String rpcUrl) {
    if (!rpcUrl.endsWith(RPC)) {
      throw new IllegalArgumentException("not a Kamailio JSON-RPC URL: " + rpcUrl);
    }
    FakeSwitchRpc rpc = new FakeSwitchRpc();
    rpc.stub(
        post(urlEqualTo(PATH))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .proxiedFrom(rpcUrl.substring(0, rpcUrl.length() - RPC.length()))
                    .withProxyUrlPrefixToRemove(PATH.substring(0, PATH.length() - RPC.length()))));
    return rpc;
  }

  /** How many times the platform asked the switch to hang {@code d} up. */
  public int hangUpsOf(Dialog d) {
    return server
        .findAll(
            postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(
                    equalToJson(
                        "{\"method\":\"dlg.end_dlg\",\"params\":[%d,%d]}"
                            .formatted(d.entry(), d.id()),
                        false,
                        true)))
        .size();
  }

  private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder m) {
    stubs.add(server.stubFor(m));
  }

  @Override
  public void close() {
    stubs.forEach(server::removeStub);
  }

  /** The default: connections to the switch are reset, as when it does not run. */
  static void switchDown(WireMockServer s) {
    s.stubFor(
        post(urlEqualTo(PATH))
            .atPriority(10)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }
}
