package com.didtron.activities.switchsync.connexcs;

import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.BASE;
import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.file;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnexCsBreakoutTest {
  private final ConnexCsStub stub = new ConnexCsStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void breakoutStatisticsAreAskedForPerCustomerCarrierAndDestinationAndReadExactly() {
    stub.stubTokens();
    stub.server.stubFor(
        get(urlPathEqualTo(BASE + "breakout-aggrid")).willReturn(okJson(file("breakout.json"))));

    List<BreakoutRow> rows =
        stub.hostedSwitch()
            .pullBreakout(
                new BreakoutQuery(
                    LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"), "4711"));

    stub.server.verify(
        getRequestedFor(urlPathEqualTo(BASE + "breakout-aggrid"))
            .withQueryParam("_startRow", equalTo("0"))
            .withQueryParam("_endRow", equalTo("10000"))
            .withQueryParam("_rowGroupCols[0][field]", equalTo("customer_id"))
            .withQueryParam("_rowGroupCols[3][field]", equalTo("provider_card_dest_name"))
            .withQueryParam("_valueCols[5][id]", equalTo("acd"))
            .withQueryParam("_valueCols[5][aggFunc]", equalTo("avg"))
            .withQueryParam("_filterModel[dt][type]", equalTo("inRange"))
            .withQueryParam("_filterModel[dt][filter]", equalTo("2026-12-01 00:00:00"))
            .withQueryParam("_filterModel[dt][filterTo]", equalTo("2026-12-02 23:59:59"))
            .withQueryParam("_filterModel[customer_id][type]", equalTo("equals"))
            .withQueryParam("_filterModel[customer_id][filter]", equalTo("4711"))
            .withQueryParam("_pivotMode", equalTo("false")));
    assertThat(rows).hasSize(2);
    BreakoutRow uk = rows.getFirst();
    assertThat(uk.customerId()).isEqualTo("4711");
    assertThat(uk.carrierId()).isEqualTo("88");
    assertThat(uk.customerDestination()).isEqualTo("United Kingdom Mobile");
    assertThat(uk.attempts()).isEqualTo(120);
    assertThat(uk.connected()).isEqualTo(54);
    assertThat(uk.customerCharge()).isEqualByComparingTo("1.0246");
    assertThat(uk.carrierCharge()).isEqualByComparingTo("0.76845");
    assertThat(uk.profit()).isEqualByComparingTo("0.25615");
    assertThat(uk.acdSeconds()).isEqualByComparingTo("94.87");
    assertThat(rows.get(1).connected()).isZero();
  }
}
