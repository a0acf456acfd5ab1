package com.didtron.activities.switchsync.connexcs;

import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.BASE;
import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.file;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchCdr;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchUnreadable;
import com.didtron.rating.cdr.Cdr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

class ConnexCsCdrPullTest {
  private static final Instant ELEVEN = Instant.parse("2026-12-03T11:00:00Z");
  private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");
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
  void aWindowIsAskedForAsDocumentedAndItsRowsComeBackAsCdrsTheRatingPipelineTakes() {
    stubWindow("2026-12-03 10:00:00", "cdr-window-1.json");

    SwitchCdrBatch batch = sw.pullCdrs(CdrCursor.startingAt(ELEVEN), NOON);

    stub.server.verify(
        postRequestedFor(urlEqualTo(BASE + "cdr"))
            .withRequestBody(
                equalToJson(
                    """
        {"field": ["dt", "callid", "customer_id", "provider_id", "source_cli", "dest_number", "duration",
                   "customer_charge", "sip_code", "sip_reason", "release_reason"],
         "where": {"rules": [{"field": "dt", "condition": ">=", "data": "2026-12-03 10:00:00"},
                             {"field": "dt", "condition": "<=", "data": "2026-12-03 12:00:00"}]},
         "limit": 5000,
         "order": [{"field": "dt", "direction": "ASC"}]}""")));
    assertThat(batch.cdrs())
        .extracting(SwitchCdr::callId)
        .containsExactly("c-1@switch", "c-2@switch");
    SwitchCdr first = batch.cdrs().getFirst();
    assertThat(first.customerId()).isEqualTo("4711");
    assertThat(first.carrierId()).isEqualTo("88");
    assertThat(first.customerCharge()).isEqualByComparingTo("0.0122");
    assertThat(first.sipCode()).isEqualTo(200);
    assertThat(first.toRatingCdr("Acme Telecom", "Tier1 Carrier"))
        .isEqualTo(
            new Cdr(
                "c-1@switch",
                "Acme Telecom",
                "Tier1 Carrier",
                "4930123456",
                "447700900123",
                Instant.parse("2026-12-03T11:10:00Z"),
                new BigDecimal("61")));
    assertThat(batch.more()).isFalse();
    assertThat(batch.next().watermark()).isEqualTo(NOON);
  }

  @Test
  void aRowThatCannotBeReadIsKeptWithItsReasonAndNotDropped() {
    stubWindow("2026-12-03 10:00:00", "cdr-window-1.json");

    SwitchCdrBatch batch = sw.pullCdrs(CdrCursor.startingAt(ELEVEN), NOON);

    assertThat(batch.malformed())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reason()).contains("dt is not a time");
              assertThat(m.raw()).contains("c-bad@switch");
            });
  }

  @Test
  void theNextWindowReachesBackByTheOverlapSoALateRowIsPickedUpAndARepeatedRowIsNotReturnedTwice() {
    stubWindow("2026-12-03 10:00:00", "cdr-window-1.json");
    stubWindow("2026-12-03 11:00:00", "cdr-window-2.json");
    CdrCursor cursor = sw.pullCdrs(CdrCursor.startingAt(ELEVEN), NOON).next();

    SwitchCdrBatch second = sw.pullCdrs(cursor, Instant.parse("2026-12-03T12:30:00Z"));

    stub.server.verify(
        postRequestedFor(urlEqualTo(BASE + "cdr"))
            .withRequestBody(
                matchingJsonPath("$.where.rules[1].data", equalTo("2026-12-03 12:30:00"))));
    assertThat(second.cdrs())
        .extracting(SwitchCdr::callId)
        .containsExactly("c-late@switch", "c-3@switch");
    assertThat(second.cdrs().getFirst().durationSeconds()).isEqualByComparingTo("3599.5");
    assertThat(second.malformed()).isEmpty();
    assertThat(second.next().watermark()).isEqualTo(Instant.parse("2026-12-03T12:30:00Z"));
    assertThat(second.next().seen()).doesNotContainKey("c-1@switch").containsKey("c-2@switch");
  }

  @Test
  void aFullPageOf5000MovesTheCursorToItsLastDtAndTheRestOfTheWindowFollowsWithoutRepeats() {
    stubWindow("2026-12-03 10:00:00", json(rows(0, 5000)));
    stubWindow("2026-12-03 11:23:19", json(rows(4999, 5002)));

    SwitchCdrBatch first = sw.pullCdrs(CdrCursor.startingAt(ELEVEN), NOON);
    SwitchCdrBatch rest = sw.pullCdrs(first.next(), NOON.plusSeconds(3600));

    assertThat(first.cdrs()).hasSize(5000);
    assertThat(first.more()).isTrue();
    assertThat(first.next().pageFrom()).isEqualTo(Instant.parse("2026-12-03T11:23:19Z"));
    assertThat(first.next().watermark()).isEqualTo(ELEVEN);
    stub.server.verify(
        postRequestedFor(urlEqualTo(BASE + "cdr"))
            .withRequestBody(
                matchingJsonPath("$.where.rules[0].data", equalTo("2026-12-03 11:23:19")))
            .withRequestBody(
                matchingJsonPath("$.where.rules[1].data", equalTo("2026-12-03 12:00:00"))));
    assertThat(rest.cdrs()).extracting(SwitchCdr::callId).containsExactly("p-5000", "p-5001");
    assertThat(rest.more()).isFalse();
    assertThat(rest.next().paging()).isFalse();
    assertThat(rest.next().watermark()).isEqualTo(NOON);
  }

  @Test
  void aFullPageThatAllSharesOneSecondCannotBePagedAndSaysSo() {
    ArrayNode same = JsonMapper.builder().build().createArrayNode();
    for (int i = 0; i < 5000; i++) {
      same.addObject().put("dt", "2026-12-03 10:00:00").put("callid", "s-" + i).put("duration", 1);
    }
    stubWindow("2026-12-03 10:00:00", same.toString());

    assertThatThrownBy(() -> sw.pullCdrs(CdrCursor.startingAt(ELEVEN), NOON))
        .isInstanceOf(SwitchUnreadable.class)
        .hasMessageContaining("more than 5000 CDRs at 2026-12-03 10:00:00");
  }

  private void stubWindow(String from, String body) {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "cdr"))
            .withRequestBody(matchingJsonPath("$.where.rules[0].data", equalTo(from)))
            .willReturn(okJson(body.endsWith(".json") ? file(body) : body)));
  }

  /** Rows p-from … p-(to-1), one per second from 10:00:00. */
  private static List<String[]> rows(int from, int to) {
    List<String[]> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Instant dt = Instant.parse("2026-12-03T10:00:00Z").plusSeconds(i);
      out.add(new String[] {"p-" + i, ConnexCsCdrs.DT.format(dt)});
    }
    return out;
  }

  private static String json(List<String[]> rows) {
    ArrayNode a = JsonMapper.builder().build().createArrayNode();
    for (String[] r : rows) {
      a.addObject()
          .put("dt", r[1])
          .put("callid", r[0])
          .put("customer_id", 4711)
          .put("provider_id", 88)
          .put("source_cli", "4930123456")
          .put("dest_number", "447700900123")
          .put("duration", 30)
          .put("customer_charge", "0.006")
          .put("sip_code", 200)
          .put("sip_reason", "OK")
          .put("release_reason", "Caller hungup");
    }
    return a.toString();
  }
}
