package com.didtron.activities.did.didww;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.didtron.activities.did.DidProvider;
import com.didtron.activities.outbound.OutboundGuard;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DIDWW adapter pointed at a WireMock answering a search for Berlin numbers containing 555 with
 * the documented shapes of {@code src/test/resources/didww/} (as in {@link DidwwProviderTest}), for
 * tests of other packages.
 */
public final class DidwwStub {
  public static final String KEY = "didww-test-key";
  private static final String JSON_API = "application/vnd.api+json";
  private static final String DE = "1f6fc2bd-f081-4202-9b1a-d9cb88d942b9";
  private static final String LOCAL = "994fa9cd-b4fb-4b14-9b2e-1b1b5a5dc5d1";
  private static final String BERLIN = "9bdd6b6a-3a50-4ba1-8f09-ea3be6a3f0d8";

  private DidwwStub() {}

  /** The adapter for the stub at {@code server}. */
  public static DidProvider provider(WireMockServer server) {
    return DidwwConfiguration.create(
        new DidwwSettings(
            URI.create("http://127.0.0.1:" + server.port() + "/v3"),
            KEY,
            Duration.ofSeconds(5),
            "USD"),
        new OutboundGuard("127.0.0.1/32"),
        JsonMapper.builder().build());
  }

  /** Answers a search for German geographic numbers in Berlin containing 555 (two numbers). */
  public static void berlinSearch(WireMockServer server) {
    answer(
        server,
        get(urlPathEqualTo("/v3/countries")).withQueryParam("filter[iso]", equalTo("DE")),
        "countries-de.json");
    answer(server, get(urlPathEqualTo("/v3/did_group_types")), "did_group_types.json");
    answer(
        server,
        get(urlPathEqualTo("/v3/did_groups"))
            .withQueryParam("filter[country.id]", equalTo(DE))
            .withQueryParam("filter[did_group_type.id]", equalTo(LOCAL))
            .withQueryParam("filter[area_name]", equalTo("Berlin"))
            .withQueryParam("include", equalTo("stock_keeping_units")),
        "did_groups-berlin.json");
    answer(
        server,
        get(urlPathEqualTo("/v3/available_dids"))
            .withQueryParam("filter[did_group.id]", equalTo(BERLIN))
            .withQueryParam("filter[number_contains]", equalTo("555")),
        "available_dids-berlin.json");
  }

  private static void answer(WireMockServer server, MappingBuilder m, String file) {
    server.stubFor(
        m.withHeader("Api-Key", equalTo(KEY))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", JSON_API)
                    .withBody(file(file))));
  }

  private static String file(String name) {
    try (InputStream in = DidwwStub.class.getResourceAsStream("/didww/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
