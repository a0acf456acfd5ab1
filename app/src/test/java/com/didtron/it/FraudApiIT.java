package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.fraud.FraudScanActivities;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/fraud/events} and {@code /api/accounts/{id}/block} as an operator's script and a
 * customer's script use them.
 */
class FraudApiIT extends PlatformIT {
  private static final String DECK = "44,UK,0.0600,0,1,1,2026-01-01,\n";

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired FraudScanActivities scan;
  @Autowired TestClock clock;

  @AfterEach
  void realClockAgain() {
    clock.reset();
  }

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  @Test
  void staffListTheEventOfABurstOfShortCallsAndClearingItUnblocksTheCustomer() throws Exception {
    RatingFixtures.Pair p = rating.pair(admin(), DECK, DECK);
    Instant now = Instant.parse("2031-05-02T12:00:00Z");
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 1; i <= 20; i++) {
      csv.append(Fixtures.unique("call"))
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,442071234567,")
          .append(now.minusSeconds(60L * i))
          .append(i <= 11 ? ",2\n" : ",45\n");
    }
    clock.set(now);
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    scan.scan();
    String admin = keys.create(admin(), "fraud").secret();
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), p.customer(), Role.CUSTOMER)), "mine")
            .secret();

    HttpResponse<String> list =
        call(
            "GET",
            "/api/fraud/events?open=true&metric=short_calls&accountId=" + p.customer().id(),
            admin,
            null);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"metric\":\"SHORT_CALLS\"")
        .contains("\"observed\":55")
        .contains("\"threshold\":50")
        .contains("\"action\":\"BLOCK\"")
        .contains("55% of 20 answered calls were short")
        .contains("\"open\":true");
    String id = list.body().replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> blocked =
        call("GET", "/api/accounts/" + p.customer().id() + "/block", customer, null);
    assertThat(blocked.statusCode()).isEqualTo(200);
    assertThat(blocked.body()).contains("\"blocked\":true").contains("SHORT_CALLS");

    assertThat(call("GET", "/api/fraud/events", customer, null).statusCode()).isEqualTo(403);
    assertThat(
            call("POST", "/api/fraud/events/" + id + "/clear", customer, "{\"note\":\"mine\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/api/fraud/events/" + id + "/clear", admin, "{}").statusCode())
        .as("a note is required")
        .isEqualTo(400);
    assertThat(call("GET", "/api/fraud/events?metric=NOISE", admin, null).statusCode())
        .isEqualTo(400);

    HttpResponse<String> cleared =
        call("POST", "/api/fraud/events/" + id + "/clear", admin, "{\"note\":\"PBX test\"}");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.body()).contains("\"open\":false").contains("\"clearNote\":\"PBX test\"");
    assertThat(call("GET", "/api/accounts/" + p.customer().id() + "/block", customer, null).body())
        .contains("\"blocked\":false");
    assertThat(
            call("POST", "/api/fraud/events/" + id + "/clear", admin, "{\"note\":\"again\"}")
                .statusCode())
        .isEqualTo(409);
  }
}
