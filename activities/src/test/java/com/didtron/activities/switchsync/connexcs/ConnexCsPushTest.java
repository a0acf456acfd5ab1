package com.didtron.activities.switchsync.connexcs;

import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.BASE;
import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.file;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRejected;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.switchsync.SwitchTrunk;
import com.didtron.activities.switchsync.SwitchUnreachable;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.switchsync.SwitchCredit;
import com.didtron.domain.trunk.TrunkDirection;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnexCsPushTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");
  private final ConnexCsStub stub = new ConnexCsStub();
  private HostedSwitch sw;

  @BeforeEach
  void start() {
    stub.stubTokens();
    sw = stub.hostedSwitch();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void
      aNewPostpaidCustomerIsCreatedWithItsDebitLimitAndItsCreditIsBroughtToTheLedgerBalanceByAPayment() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "customer"))
            .withRequestBody(
                equalToJson(
                    """
        {"name": "Acme Telecom", "status": "Active", "channels": 0, "cps": 0, "debit_limit": 250.00,
         "currency": "USD"}"""))
            .willReturn(okJson(file("customer-created.json"))));
    stub.server.stubFor(
        get(urlEqualTo(BASE + "customer/4711")).willReturn(okJson(file("customer-4711.json"))));
    stub.server.stubFor(post(urlEqualTo(BASE + "payment")).willReturn(okJson(file("ok.json"))));
    SwitchCredit credit =
        new SwitchCredit(
            new BigDecimal("-40.50"),
            SwitchCredit.debitLimit(BillingMode.POSTPAID, new BigDecimal("250.00")));

    String id =
        sw.pushCustomer(
            new SwitchCustomer(null, "Acme Telecom", AccountStatus.ACTIVE, USD, credit));

    assertThat(id).isEqualTo("4711");
    stub.server.verify(
        postRequestedFor(urlEqualTo(BASE + "payment"))
            .withRequestBody(
                equalToJson(
                    """
        {"company_id": "4711", "currency": "USD", "description": "DIDTron balance sync",
         "status": "Completed", "total": -50.75}""")));
  }

  @Test
  void aSuspendedCustomerIsUpdatedInactiveAndNoPaymentIsPostedWhenTheCreditAlreadyMatches() {
    stub.server.stubFor(
        put(urlEqualTo(BASE + "customer/4711"))
            .withRequestBody(
                equalToJson(
                    """
        {"name": "Acme Telecom", "status": "Inactive", "channels": 0, "cps": 0, "debit_limit": 0}"""))
            .willReturn(okJson(file("ok.json"))));
    stub.server.stubFor(
        get(urlEqualTo(BASE + "customer/4711")).willReturn(okJson(file("customer-4711.json"))));
    SwitchCredit credit = new SwitchCredit(new BigDecimal("10.250000"), BigDecimal.ZERO);

    String id =
        sw.pushCustomer(
            new SwitchCustomer("4711", "Acme Telecom", AccountStatus.SUSPENDED, USD, credit));

    assertThat(id).isEqualTo("4711");
    stub.server.verify(1, putRequestedFor(urlEqualTo(BASE + "customer/4711")));
    stub.server.verify(0, postRequestedFor(urlEqualTo(BASE + "payment")));
  }

  @Test
  void aRateCardGetsANewRevisionWithItsRulesWhichIsThenMadeActive() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "card"))
            .withRequestBody(
                equalToJson(
                    """
        {"name": "Acme sell", "direction": "customer", "currency": "USD"}"""))
            .willReturn(okJson(file("card-created.json"))));
    stub.server.stubFor(
        post(urlEqualTo(BASE + "card/OF7H-xk1B/rev"))
            .willReturn(okJson(file("card-rev-created.json"))));
    stub.server.stubFor(
        post(urlEqualTo(BASE + "card/OF7H-xk1B/rev/3/rule"))
            .withRequestBody(
                equalToJson(
                    """
        [{"prefix": "44", "name": "United Kingdom", "rate": 0.0150, "connection_fee": 0,
          "initial_increment": 1, "subsequent_increment": 1},
         {"prefix": "447", "name": "United Kingdom Mobile", "rate": 0.0200, "connection_fee": 0.01,
          "initial_increment": 30, "subsequent_increment": 6}]"""))
            .willReturn(okJson(file("ok.json"))));
    stub.server.stubFor(
        put(urlEqualTo(BASE + "card/OF7H-xk1B"))
            .withRequestBody(
                equalToJson(
                    """
        {"active_rev": "3"}"""))
            .willReturn(okJson(file("ok.json"))));

    RateCardRevision rev =
        sw.pushRateCard(
            new SwitchRateCard(
                null,
                "Acme sell",
                DeckSide.SELL,
                USD,
                List.of(
                    new SwitchRateCard.Rule(
                        "44", "United Kingdom", new BigDecimal("0.0150"), null, 1, 1),
                    new SwitchRateCard.Rule(
                        "447",
                        "United Kingdom Mobile",
                        new BigDecimal("0.0200"),
                        new BigDecimal("0.01"),
                        30,
                        6))));

    assertThat(rev).isEqualTo(new RateCardRevision("OF7H-xk1B", "3"));
    stub.server.verify(1, postRequestedFor(urlEqualTo(BASE + "card/OF7H-xk1B/rev/3/rule")));
    stub.server.verify(1, putRequestedFor(urlEqualTo(BASE + "card/OF7H-xk1B")));
  }

  @Test
  void anActiveCustomerWhoseCallsAreBlockedGoesInactiveWithItsChannelAndCpsLimits() {
    stub.server.stubFor(
        put(urlEqualTo(BASE + "customer/4711"))
            .withRequestBody(
                equalToJson(
                    """
        {"name": "Acme Telecom", "status": "Inactive", "channels": 30, "cps": 5}"""))
            .willReturn(okJson(file("ok.json"))));

    sw.pushCustomer(
        new SwitchCustomer("4711", "Acme Telecom", AccountStatus.ACTIVE, USD, null)
            .withControls("overdue invoice INV-2026-000042", 30, 5));

    stub.server.verify(1, putRequestedFor(urlEqualTo(BASE + "customer/4711")));
  }

  @Test
  void aCustomerTrunkBecomesAnIpAuthenticationOfTheCustomerWithItsLimitsAndTranslation() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "switch/ip"))
            .withRequestBody(
                equalToJson(
                    """
        {"company_id": "4711", "direction": "ingress", "ip": "203.0.113.0/24", "protocol": "udp",
         "channels": 20, "cps": 0, "tech_prefix": "99*", "strip": 1, "prepend": "44",
         "enabled": true}"""))
            .willReturn(okJson("{\"id\": 612}")));

    String id =
        sw.pushTrunk(
            new SwitchTrunk(
                null,
                "4711",
                TrunkDirection.INGRESS,
                "203.0.113.0/24",
                null,
                "UDP",
                "99*",
                1,
                "44",
                20,
                null,
                true));

    assertThat(id).isEqualTo("612");
  }

  @Test
  void aCarrierTrunkIsUpdatedInPlaceWithItsPortAndARemovedOneIsDeletedEvenIfAlreadyGone() {
    stub.server.stubFor(
        put(urlEqualTo(BASE + "switch/ip/612"))
            .withRequestBody(
                equalToJson(
                    """
        {"company_id": "88", "direction": "egress", "ip": "sbc.carrier.example", "port": 5080,
         "protocol": "tcp", "channels": 0, "cps": 10, "tech_prefix": "", "strip": 0, "prepend": "",
         "enabled": false}"""))
            .willReturn(okJson(file("ok.json"))));
    stub.server.stubFor(
        delete(urlEqualTo(BASE + "switch/ip/612")).willReturn(aResponse().withStatus(404)));

    assertThat(
            sw.pushTrunk(
                new SwitchTrunk(
                    "612",
                    "88",
                    TrunkDirection.EGRESS,
                    "sbc.carrier.example",
                    5080,
                    "TCP",
                    null,
                    0,
                    null,
                    null,
                    10,
                    false)))
        .isEqualTo("612");
    sw.removeTrunk("612");

    stub.server.verify(1, putRequestedFor(urlEqualTo(BASE + "switch/ip/612")));
    stub.server.verify(1, deleteRequestedFor(urlEqualTo(BASE + "switch/ip/612")));
  }

  @Test
  void aRouteCarriesTheCustomerItsCardItsTechPrefixAndTheRankedCarriers() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "routing"))
            .withRequestBody(
                equalToJson(
                    """
        {"company_id": "4711", "card_id": "OF7H-xk1B", "tech_prefix": "123#", "enabled": true,
         "provider_id": ["88", "91"]}"""))
            .willReturn(okJson("{\"id\": 31}")));

    assertThat(
            sw.pushRoute(
                new SwitchRoute(null, "4711", "OF7H-xk1B", "123#", List.of("88", "91"), true)))
        .isEqualTo("31");
  }

  @Test
  void anExistingDidIsUpdatedInPlaceWithItsCustomerAndCards() {
    stub.server.stubFor(
        put(urlEqualTo(BASE + "did/555"))
            .withRequestBody(
                equalToJson(
                    """
        {"did": "442071234567", "customer_id": "4711", "customer_card_id": "ORIG-1", "provider_id": "88",
         "provider_card_id": "ORIG-2", "enabled": true}"""))
            .willReturn(okJson(file("ok.json"))));

    assertThat(
            sw.pushDid(
                new SwitchDid("555", "442071234567", "4711", "ORIG-1", "88", "ORIG-2", true)))
        .isEqualTo("555");
    stub.server.verify(1, putRequestedFor(urlEqualTo(BASE + "did/555")));
  }

  @Test
  void aNewDidIsCreatedWithItsCustomerAndDestinationAndDeletedByItsId() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "did"))
            .withRequestBody(
                equalToJson(
                    """
        {"did": "442071234567", "customer_id": "4711", "customer_card_id": null, "provider_id": null,
         "provider_card_id": null, "enabled": true, "destination": "sip:pbx@203.0.113.9:5060"}"""))
            .willReturn(okJson("{\"id\": 556}")));
    stub.server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(BASE + "did/556"))
            .willReturn(okJson(file("ok.json"))));

    assertThat(
            sw.pushDid(
                new SwitchDid(
                    null,
                    "442071234567",
                    "4711",
                    null,
                    null,
                    null,
                    true,
                    "sip:pbx@203.0.113.9:5060")))
        .isEqualTo("556");
    sw.removeDid("556");
    stub.server.verify(
        1,
        com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
            urlEqualTo(BASE + "did/556")));
  }

  @Test
  void aRefusedPushIsASwitchRejectedWithTheSwitchsStatusAndMessage() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "customer"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(file("error-name-taken.json"))));

    assertThatThrownBy(
            () ->
                sw.pushCustomer(
                    new SwitchCustomer(null, "Acme Telecom", AccountStatus.ACTIVE, USD, null)))
        .isInstanceOfSatisfying(
            SwitchRejected.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.switchMessage())
                  .isEqualTo("A customer named Acme Telecom already exists");
              assertThat(e.retriable()).isFalse();
            });
  }

  @Test
  void aServerErrorIsARetriableRejection() {
    stub.server.stubFor(
        put(anyUrl()).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

    assertThatThrownBy(
            () -> sw.pushDid(new SwitchDid("555", "442071234567", null, null, null, null, false)))
        .isInstanceOfSatisfying(
            SwitchRejected.class,
            e -> {
              assertThat(e.switchMessage()).isEqualTo("Service Unavailable");
              assertThat(e.retriable()).isTrue();
            });
  }

  @Test
  void aSwitchThatRefusesConnectionsIsUnreachableAndRetriable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    HostedSwitch down = stub.hostedSwitch("http://127.0.0.1:" + closedPort + BASE, "127.0.0.1/32");

    assertThatThrownBy(
            () -> down.pushCarrier(new SwitchCarrier(null, "Tier1", AccountStatus.ACTIVE, USD)))
        .isInstanceOfSatisfying(
            SwitchUnreachable.class,
            e -> {
              assertThat(e.getMessage()).contains("cannot be reached");
              assertThat(e.retriable()).isTrue();
            });
  }

  @Test
  void aBaseUrlOnAnInternalAddressThatIsNotAllowListedIsNeverCalled() {
    HostedSwitch internal = stub.hostedSwitch(stub.baseUrl(), "");

    assertThatThrownBy(
            () -> internal.pushCarrier(new SwitchCarrier(null, "Tier1", AccountStatus.ACTIVE, USD)))
        .isInstanceOfSatisfying(
            SwitchUnreachable.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("not an allowed address")
                  .contains("didtron.outbound.allow");
              assertThat(e.retriable()).isFalse();
            });
    assertThat(stub.server.getAllServeEvents()).isEmpty();
  }
}
