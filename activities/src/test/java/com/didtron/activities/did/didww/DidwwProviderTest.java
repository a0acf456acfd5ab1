package com.didtron.activities.did.didww;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.did.DidProvider;
import com.didtron.activities.did.DidProvider.ProviderNumber;
import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DIDWW adapter against a WireMock DIDWW answering with the documented API v3 shapes under
 * {@code src/test/resources/didww/}; every stub demands the documented headers.
 */
class DidwwProviderTest {
  private static final String KEY = "didww-test-key";
  private static final String JSON_API = "application/vnd.api+json";
  private static final String DE = "1f6fc2bd-f081-4202-9b1a-d9cb88d942b9";
  private static final String LOCAL = "994fa9cd-b4fb-4b14-9b2e-1b1b5a5dc5d1";
  private static final String BERLIN = "9bdd6b6a-3a50-4ba1-8f09-ea3be6a3f0d8";

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private DidProvider provider(String key) {
    return DidwwConfiguration.create(
        new DidwwSettings(
            URI.create("http://127.0.0.1:" + server.port() + "/v3"),
            key,
            Duration.ofSeconds(5),
            "USD"),
        new OutboundGuard("127.0.0.1/32"),
        JsonMapper.builder().build());
  }

  private static MappingBuilder documented(MappingBuilder m) {
    return m.withHeader("Api-Key", equalTo(KEY))
        .withHeader("Accept", equalTo(JSON_API))
        .withHeader("X-DIDWW-API-Version", equalTo("2022-05-10"));
  }

  private void answer(MappingBuilder m, int status, String file) {
    server.stubFor(
        documented(m)
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", JSON_API)
                    .withBody(file(file))));
  }

  private void catalogue() {
    answer(
        get(urlPathEqualTo("/v3/countries")).withQueryParam("filter[iso]", equalTo("DE")),
        200,
        "countries-de.json");
    answer(get(urlPathEqualTo("/v3/did_group_types")), 200, "did_group_types.json");
  }

  @Test
  void aSearchWalksCountryGroupTypeGroupsAndAvailableNumbersAndPricesEachWithTheCheapestSku() {
    catalogue();
    answer(
        get(urlPathEqualTo("/v3/did_groups"))
            .withQueryParam("filter[country.id]", equalTo(DE))
            .withQueryParam("filter[did_group_type.id]", equalTo(LOCAL))
            .withQueryParam("filter[area_name]", equalTo("Berlin"))
            .withQueryParam("include", equalTo("stock_keeping_units")),
        200,
        "did_groups-berlin.json");
    answer(
        get(urlPathEqualTo("/v3/available_dids"))
            .withQueryParam("filter[did_group.id]", equalTo(BERLIN))
            .withQueryParam("filter[number_contains]", equalTo("555")),
        200,
        "available_dids-berlin.json");

    List<ProviderNumber> found =
        provider(KEY)
            .search(new DidProvider.Query("DE", NumberType.GEOGRAPHIC, "Berlin", "555", 10));

    assertThat(found)
        .extracting(ProviderNumber::number)
        .containsExactly("4930555123456", "4930555987654");
    ProviderNumber first = found.getFirst();
    assertThat(first.area()).isEqualTo("Berlin");
    assertThat(first.monthlyCost()).isEqualByComparingTo(new BigDecimal("0.85"));
    assertThat(first.setupCost()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(first.channels()).isEqualTo(2);
    assertThat(first.currency()).isEqualTo("USD");
    assertThat(first.ref())
        .isEqualTo("2ffcad78-ad42-4ae0-ad19-cca48c01d511:5f2b9c04-75ab-4d1c-9f1b-1c0e2e2fba21");
  }

  @Test
  void anOrderPostsTheDocumentedJsonApiOrderForTheAvailableDidAndSku() {
    answer(
        post(urlPathEqualTo("/v3/orders"))
            .withHeader("Content-Type", equalTo(JSON_API))
            .withRequestBody(
                equalToJson(
                    """
                    {"data": {"type": "orders", "attributes": {"allow_back_ordering": false,
                      "items": [{"type": "did_order_items", "attributes": {
                        "available_did_id": "2ffcad78-ad42-4ae0-ad19-cca48c01d511",
                        "sku_id": "5f2b9c04-75ab-4d1c-9f1b-1c0e2e2fba21"}}]}}}
                    """)),
        201,
        "order-created.json");

    DidProvider.Ordered ordered = provider(KEY).order(berlinNumber());

    assertThat(ordered)
        .isEqualTo(new DidProvider.Ordered("da15f006-5da4-45ca-b0df-735baeadf423", "Pending"));
  }

  @Test
  void aNumberNoLongerAvailableIsRefusedWithDidwwsOwnReasonAndIsNotRetryable() {
    answer(post(urlPathEqualTo("/v3/orders")), 422, "error-422.json");

    assertThatThrownBy(() -> provider(KEY).order(berlinNumber()))
        .isInstanceOfSatisfying(DidProvider.Failure.class, f -> assertThat(f.retryable()).isFalse())
        .hasMessage("DIDWW refused POST orders with 422: available_did - is not available");
  }

  @Test
  void aReleaseTerminatesTheDidFoundByItsNumberOnceAndAnUnknownNumberChangesNothing() {
    answer(
        get(urlPathEqualTo("/v3/dids")).withQueryParam("filter[number]", equalTo("4930555123456")),
        200,
        "dids-by-number.json");
    answer(
        patch(urlPathEqualTo("/v3/dids/46e129a7-9b0b-4a5d-92a1-5a3b5d1f3c0e"))
            .withHeader("Content-Type", equalTo(JSON_API))
            .withRequestBody(
                equalToJson(
                    """
                    {"data": {"id": "46e129a7-9b0b-4a5d-92a1-5a3b5d1f3c0e", "type": "dids",
                      "attributes": {"terminated": true}}}
                    """)),
        200,
        "did-terminated.json");
    server.stubFor(
        documented(get(urlPathEqualTo("/v3/dids")).withQueryParam("filter[number]", equalTo("111")))
            .willReturn(aResponse().withStatus(200).withBody("{\"data\": []}")));

    provider(KEY).release("4930555123456");
    provider(KEY).release("111");

    server.verify(
        1, patchRequestedFor(urlPathEqualTo("/v3/dids/46e129a7-9b0b-4a5d-92a1-5a3b5d1f3c0e")));
  }

  @Test
  void requirementsOfGermanLocalNumbersBecomeIdentityProofOfAddressAndALocalAddress() {
    catalogue();
    answer(
        get(urlPathEqualTo("/v3/requirements"))
            .withQueryParam("filter[country.id]", equalTo(DE))
            .withQueryParam("filter[did_group_type.id]", equalTo(LOCAL)),
        200,
        "requirements-de-local.json");

    List<DidRequirement> reqs = provider(KEY).requirements("DE", NumberType.GEOGRAPHIC);

    assertThat(reqs)
        .extracting(DidRequirement::document)
        .containsExactly(
            KycDocument.IDENTITY, KycDocument.PROOF_OF_ADDRESS, KycDocument.LOCAL_ADDRESS);
    assertThat(reqs.getFirst().note())
        .isEqualTo("End user address must be in the area of the number");
  }

  @Test
  void withoutAnApiKeyTheProviderIsDisabledAndNeverCallsOut() {
    DidProvider disabled = provider("");

    assertThat(disabled.enabled()).isFalse();
    assertThatThrownBy(
            () ->
                disabled.search(new DidProvider.Query("DE", NumberType.GEOGRAPHIC, null, null, 5)))
        .isInstanceOf(DidProvider.Failure.class)
        .hasMessageContaining("didtron.didww.api-key");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aServerErrorIsRetryable() {
    server.stubFor(
        get(urlPathEqualTo("/v3/countries")).willReturn(aResponse().withStatus(503).withBody("")));

    assertThatThrownBy(
            () ->
                provider(KEY).search(new DidProvider.Query("DE", NumberType.MOBILE, null, null, 5)))
        .isInstanceOfSatisfying(DidProvider.Failure.class, f -> assertThat(f.retryable()).isTrue());
  }

  private static ProviderNumber berlinNumber() {
    return new ProviderNumber(
        "4930555123456",
        "DE",
        "Berlin",
        NumberType.GEOGRAPHIC,
        new BigDecimal("0.85"),
        BigDecimal.ZERO,
        "USD",
        2,
        "2ffcad78-ad42-4ae0-ad19-cca48c01d511:5f2b9c04-75ab-4d1c-9f1b-1c0e2e2fba21");
  }

  private static String file(String name) {
    try (InputStream in = DidwwProviderTest.class.getResourceAsStream("/didww/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
