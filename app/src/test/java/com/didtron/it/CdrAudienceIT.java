package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.cdr.CarrierCdrView;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.CdrTotals;
import com.didtron.activities.cdr.CustomerCdrView;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.ui.base.Card;
import com.didtron.ui.cdr.CdrsView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer never sees the supplier side of its calls and a carrier never sees the customer side,
 * through every channel: the CDR service (page, totals, export), the REST API (list, CSV export)
 * and the portal's CDR page (grid, totals, its CSV export link). The sell rate is 0.0300/min and
 * the buy rate 0.0170/min, so a 60 s call costs the customer 0.030000, pays the carrier 0.017000
 * and leaves a margin of 0.013000.
 */
class CdrAudienceIT extends BrowserlessViewsIT {
  @Autowired JsonMapper json;
  @LocalServerPort int port;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired CdrIngestService ingest;
  @Autowired CdrQueryService cdrs;
  @Autowired ApiKeyService keys;

  private Account buyer;
  private Account terminator;
  private String buyerUser;
  private String terminatorUser;

  @BeforeEach
  void oneBuyerSendsCallsThroughOneTerminator() {
    buyer = rating.account(admin(), Fixtures.unique("Buyer"), AccountKind.CUSTOMER, "USD");
    terminator = rating.account(admin(), Fixtures.unique("Termin"), AccountKind.CARRIER, "USD");
    rating.activate(
        admin(),
        rating.card(admin(), buyer, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER
            + "44,UK,0.0300,0,60,60,2026-01-01,\n33,FR,0.0500,0,60,60,2026-01-01,\n");
    rating.activate(
        admin(),
        rating.card(admin(), terminator, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0170,0,60,60,2026-01-01,\n");
    String csv =
        RatingFixtures.CDR_HEADER
            + "a1,"
            + buyer.name()
            + ","
            + terminator.name()
            + ",100,442071230001,2026-11-02T10:00:00Z,60\n"
            + "a2,"
            + buyer.name()
            + ","
            + terminator.name()
            + ",100,442071230002,2026-11-02T11:00:00Z,60\n"
            + "a3,"
            + buyer.name()
            + ","
            + terminator.name()
            + ",100,33123456789,2026-11-02T12:00:00Z,60\n";
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("aud"), "a.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    buyerUser = fixtures.portalUser(admin(), buyer, Role.CUSTOMER);
    terminatorUser = fixtures.portalUser(admin(), terminator, Role.CARRIER);
  }

  private String export(Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cdrs.export(actor, CdrFilter.all(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private String api(String user, String path) throws Exception {
    String key = keys.create(actorOf(user), "aud").secret();
    var response = new ApiClient(port).text("GET", path, key, null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void theCustomersServicePageTotalsAndExportHoldItsOwnLegOnly() {
    Actor customer = actorOf(buyerUser);
    var rows = cdrs.find(customer, CdrFilter.all(), PageRequest.first(10)).page().rows();
    assertThat(rows).hasSize(3).allMatch(r -> r instanceof CustomerCdrView);
    CustomerCdrView rated = (CustomerCdrView) rows.get(1);
    assertThat(rated.cost()).isEqualByComparingTo("0.03");
    assertThat(rows.get(0).reason()).isEqualTo("RATING_PENDING"); // the carrier had no rate for 33

    CdrTotals totals = cdrs.totals(customer, CdrFilter.all());
    assertThat(totals.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.customerCost()).isEqualByComparingTo("0.06");
              assertThat(l.carrierCost()).isNull();
              assertThat(l.carrierCurrency()).isNull();
              assertThat(l.margin()).isNull();
            });

    String csv = export(customer);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "call_id,source,account,caller,callee,start_time,duration,status,reason,prefix,rate,billable_seconds,cost,currency");
    assertThat(csv)
        .contains(buyer.name())
        .contains("0.030000")
        .doesNotContain(terminator.name())
        .doesNotContain("0.017")
        .doesNotContain("0.013")
        .doesNotContainIgnoringCase("carrier")
        .doesNotContainIgnoringCase("margin");
  }

  @Test
  void theCarriersServicePageTotalsAndExportHoldItsOwnLegOnly() {
    Actor carrier = actorOf(terminatorUser);
    var rows = cdrs.find(carrier, CdrFilter.all(), PageRequest.first(10)).page().rows();
    assertThat(rows).hasSize(3).allMatch(r -> r instanceof CarrierCdrView);
    assertThat(((CarrierCdrView) rows.get(1)).cost()).isEqualByComparingTo("0.017");

    CdrTotals totals = cdrs.totals(carrier, CdrFilter.all());
    assertThat(totals.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.carrierCost()).isEqualByComparingTo("0.034");
              assertThat(l.customerCost()).isNull();
              assertThat(l.customerCurrency()).isNull();
              assertThat(l.margin()).isNull();
            });

    String csv = export(carrier);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "call_id,source,carrier,caller,callee,start_time,duration,status,reason,prefix,rate,billable_seconds,cost,currency");
    assertThat(csv)
        .contains(terminator.name())
        .contains("0.017000")
        .doesNotContain(buyer.name())
        .doesNotContain("0.0300")
        .doesNotContain("0.013")
        .doesNotContainIgnoringCase("customer")
        .doesNotContainIgnoringCase("margin")
        .doesNotContain("account");
  }

  @Test
  void theApiListAndExportGiveEachAudienceItsOwnLegOnly() throws Exception {
    String customerList = api(buyerUser, "/api/cdrs?limit=10");
    assertThat(customerList)
        .contains("\"total\":3")
        .contains("\"cost\":\"0.030000\"")
        .contains(buyer.name())
        .doesNotContain(terminator.name())
        .doesNotContain("0.017")
        .doesNotContain("0.013")
        .doesNotContainIgnoringCase("carrier")
        .doesNotContainIgnoringCase("margin");
    String customerCsv = api(buyerUser, "/api/cdrs/export");
    assertThat(customerCsv)
        .startsWith("call_id,source,account,caller")
        .contains("0.030000")
        .doesNotContain(terminator.name())
        .doesNotContain("0.017")
        .doesNotContainIgnoringCase("carrier");

    String carrierList = api(terminatorUser, "/api/cdrs?limit=10");
    assertThat(carrierList)
        .contains("\"total\":3")
        .contains("\"cost\":\"0.017000\"")
        .contains(terminator.name())
        .doesNotContain(buyer.name())
        .doesNotContain("0.0300")
        .doesNotContain("0.013")
        .doesNotContainIgnoringCase("customer")
        .doesNotContainIgnoringCase("margin")
        .doesNotContain("\"account\"");
    String carrierCsv = api(terminatorUser, "/api/cdrs/export");
    assertThat(carrierCsv)
        .startsWith("call_id,source,carrier,caller")
        .contains("0.017000")
        .doesNotContain(buyer.name())
        .doesNotContain("0.0300")
        .doesNotContainIgnoringCase("customer");

    // filtering by the other side tells nothing: the filter is ignored for portal users
    assertThat(api(buyerUser, "/api/cdrs?limit=10&carrier=" + UUID.randomUUID()))
        .contains("\"total\":3");
    assertThat(api(terminatorUser, "/api/cdrs?limit=10&account=" + UUID.randomUUID()))
        .contains("\"total\":3");

    String staffList =
        api(fixtures.staffUser(admin(), Role.FINANCE), "/api/cdrs?limit=500&account=" + buyer.id());
    assertThat(staffList)
        .contains("\"carrierCost\":\"0.017000\"")
        .contains("\"margin\":\"0.013000\"");
  }

  @Test
  void theApiPagesByCursorOwnRowsOnlyAndRefusesOffsetsAndForeignTokens() throws Exception {
    JsonNode first = json.readTree(api(buyerUser, "/api/cdrs?limit=2"));
    assertThat(first.get("page").get("rows")).hasSize(2);
    assertThat(first.get("page").get("total").asLong()).isEqualTo(3);
    assertThat(first.get("previous").isNull()).isTrue();
    String next = first.get("next").asString();
    JsonNode second = json.readTree(api(buyerUser, "/api/cdrs?limit=2&after=" + next));
    assertThat(second.get("page").get("rows")).hasSize(1);
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(second.get("previous").isNull()).isFalse();
    List<String> ids = new ArrayList<>();
    first.get("page").get("rows").forEach(r -> ids.add(r.get("callId").asString()));
    second.get("page").get("rows").forEach(r -> ids.add(r.get("callId").asString()));
    assertThat(ids).doesNotHaveDuplicates().hasSize(3);

    // the carrier's user given the customer's cursor still reads only the calls it carried
    String carrierPage = api(terminatorUser, "/api/cdrs?limit=10&after=" + next);
    assertThat(carrierPage).doesNotContain(buyer.name()).doesNotContainIgnoringCase("customer");

    String key = keys.create(actorOf(buyerUser), "aud").secret();
    var client = new ApiClient(port);
    assertThat(client.text("GET", "/api/cdrs?offset=2", key, null, null).statusCode())
        .isEqualTo(400);
    assertThat(client.text("GET", "/api/cdrs?after=garbage", key, null, null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theCdrPageShowsTheCustomerItsOwnLegWithoutTheCarrierSide() {
    signIn(buyerUser);
    UI.getCurrent().navigate(CdrsView.class);
    Grid<?> grid = _find(Grid.class).get(0);
    assertThat(rows(grid)).hasSize(3).allMatch(r -> r instanceof CustomerCdrView);
    assertThat(headers(grid))
        .contains("Cost", "Prefix")
        .doesNotContain("Carrier", "Carrier cost", "Margin", "Customer");
    assertThat(cards())
        .noneMatch(t -> t.contains("Margin") || t.contains("Carrier") || t.contains("0.017"))
        .anyMatch(t -> t.contains("0.06"));
    assertThat(pageExport())
        .startsWith("call_id,source,account,caller")
        .contains("0.030000")
        .doesNotContain(terminator.name())
        .doesNotContain("0.017")
        .doesNotContainIgnoringCase("carrier")
        .doesNotContainIgnoringCase("margin");
  }

  @Test
  void theCdrPageShowsTheCarrierItsOwnLegWithoutTheCustomerSide() {
    signIn(terminatorUser);
    UI.getCurrent().navigate(CdrsView.class);
    Grid<?> grid = _find(Grid.class).get(0);
    assertThat(rows(grid)).hasSize(3).allMatch(r -> r instanceof CarrierCdrView);
    assertThat(headers(grid))
        .contains("Cost")
        .doesNotContain("Customer", "Customer cost", "Margin", "Carrier");
    assertThat(cards())
        .noneMatch(t -> t.contains("Margin") || t.contains("Customer") || t.contains("0.06"))
        .anyMatch(t -> t.contains("0.03 USD")); // 0.034 in minor units
    assertThat(pageExport())
        .startsWith("call_id,source,carrier,caller")
        .contains("0.017000")
        .doesNotContain(buyer.name())
        .doesNotContain("0.0300")
        .doesNotContainIgnoringCase("customer")
        .doesNotContainIgnoringCase("margin");
  }

  @Test
  void aCountOverTheCapIsReportedAsCappedByTheServiceTheApiAndThePage() throws Exception {
    CdrQueryService target = AopTestUtils.getTargetObject(cdrs);
    int cap = cdrs.countCap();
    assertThat(cap).isEqualTo(CdrQueryService.DEFAULT_COUNT_CAP);
    ReflectionTestUtils.setField(target, "countCap", 2);
    try {
      Actor customer = actorOf(buyerUser);
      assertThat(cdrs.count(customer, CdrFilter.all()))
          .isEqualTo(new CdrQueryService.Count(2, true));
      var page = cdrs.find(customer, CdrFilter.all(), PageRequest.first(10));
      assertThat(page.capped()).isTrue();
      assertThat(page.page().total()).isEqualTo(2);
      assertThat(page.page().rows()).hasSize(3);
      assertThat(cdrs.totals(customer, CdrFilter.all()).lines()).isNull();

      JsonNode capped = json.readTree(api(buyerUser, "/api/cdrs?limit=10"));
      assertThat(capped.get("page").get("total").asLong()).isEqualTo(2);
      assertThat(capped.get("totalCapped").asBoolean()).isTrue();
      assertThat(capped.get("estimatedTotal").asBoolean()).isTrue();
      assertThat(capped.get("page").get("rows")).hasSize(3);

      signIn(buyerUser);
      UI.getCurrent().navigate(CdrsView.class);
      assertThat(_find(Span.class).stream().map(Span::getText))
          .contains("2+ CDRs match: narrow the filter for an exact count and totals");

      ReflectionTestUtils.setField(target, "countCap", 3);
      JsonNode exact = json.readTree(api(buyerUser, "/api/cdrs?limit=10"));
      assertThat(exact.get("page").get("total").asLong()).isEqualTo(3);
      assertThat(exact.get("totalCapped").asBoolean()).isFalse();
      assertThat(exact.get("estimatedTotal").asBoolean()).isFalse();
    } finally {
      ReflectionTestUtils.setField(target, "countCap", cap);
    }
  }

  /** What the page's "Export CSV" link downloads. */
  private static String pageExport() {
    Anchor export = LocatorJ._get(Anchor.class, spec -> spec.withText("Export CSV"));
    return new String(DownloadKt._download(export), StandardCharsets.UTF_8);
  }

  private static List<String> headers(Grid<?> grid) {
    return grid.getColumns().stream()
        .map(c -> c.getHeaderText() == null ? "" : c.getHeaderText())
        .toList();
  }

  private static List<String> cards() {
    return _find(Card.class).stream().map(c -> c.getElement().getTextRecursively()).toList();
  }
}
