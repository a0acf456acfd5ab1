package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Portal users' own rates over the REST API: customers' sell rates, carriers' buy rates. */
class MyRatesApiIT extends PlatformIT {
  private static final String SOON = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired RateCardService cards;

  private HttpResponse<String> get(String path, String key) throws Exception {
    return new ApiClient(port).text("GET", path, key, null, null);
  }

  private String keyOf(Account account, Role role) {
    return keys.create(actorOf(fixtures.portalUser(admin(), account, role)), "rates").secret();
  }

  @Test
  void aCustomerReadsAndDownloadsItsOwnRatesOnlyAsJsonCsvAndXlsx() throws Exception {
    String tag = Fixtures.unique("ApiRates");
    RatingFixtures.Pair mine =
        rating.pair(
            admin(),
            "0099711,Land-" + tag + ",0.012345,0,60,6,2026-01-01,\n",
            "0099711,Supplier-" + tag + ",0.001,0,60,6,2026-01-01,\n");
    RatingFixtures.Pair theirs =
        rating.pair(
            admin(),
            "0099721,Theirs-" + tag + ",0.5,0,60,6,2026-01-01,\n",
            "0099721,Supplier,0.002,0,60,6,2026-01-01,\n");
    rating.activate(
        admin(),
        mine.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER + "0099711,Land-" + tag + ",0.02,0,60,6," + SOON + ",\n");
    String key = keyOf(mine.customer(), Role.CUSTOMER);

    HttpResponse<String> current = get("/api/my-rates", key);
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    assertThat(current.body())
        .contains("\"prefix\":\"0099711\"", "\"rate\":0.012345", "\"change\":\"UNCHANGED\"")
        .doesNotContain("0099721", "Supplier", "0.001");
    assertThat(get("/api/my-rates?window=UPCOMING", key).body())
        .contains("\"effectiveFrom\":\"" + SOON + "T00:00:00Z\"", "\"change\":\"INCREASE\"")
        .contains("\"previousRate\":0.012345");
    assertThat(get("/api/my-rates/versions", key).body())
        .contains("\"number\":2", "\"number\":1", "\"increasedRows\":1");

    String csv = get("/api/my-rates/download?format=CSV&window=ALL", key).body();
    HttpResponse<byte[]> xlsx =
        new ApiClient(port)
            .send(
                "GET",
                "/api/my-rates/download?format=XLSX&window=ALL",
                key,
                null,
                null,
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("my-rates-USD-v2-all.xlsx");
    List<String> csvLines = csv.lines().toList();
    List<String> xlsxLines = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : wb.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
          Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
          cells.add(
              cell == null || cell.getType() == CellType.EMPTY
                  ? ""
                  : cell.getType() == CellType.NUMBER ? plain(cell.asNumber()) : cell.asString());
        }
        xlsxLines.add(String.join(",", cells));
      }
    }
    assertThat(csvLines).hasSize(3).first().asString().startsWith("prefix,destination,rate");
    assertThat(xlsxLines).isEqualTo(csvLines);
    assertThat(xlsxLines.get(1)).startsWith("0099711,Land-" + tag + ",0.012345,0,60,6,");

    // another account's version, a carrier's page and the staff pages answer 403
    var theirVersion = cards.get(admin(), theirs.sell().id()).activeVersionId();
    assertThat(get("/api/my-rates/download?version=" + theirVersion, key).statusCode())
        .isEqualTo(403);
    assertThat(get("/api/my-buy-rates", key).statusCode()).isEqualTo(403);
    assertThat(get("/api/rate-cards", key).statusCode()).isEqualTo(403);
    String theirKey = keyOf(theirs.customer(), Role.CUSTOMER);
    assertThat(get("/api/my-rates", theirKey).body()).contains("0099721").doesNotContain("0099711");
  }

  @Test
  void aCarrierSendsADeckThatBecomesADraftAndABrokenOneIsRefusedByLine() throws Exception {
    String tag = Fixtures.unique("ApiBuy");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99741,Sell-" + tag + ",0.09,0,60,6,2026-01-01,\n",
            "99741,Buy-" + tag + ",0.01,0,60,6,2026-01-01,\n");
    String key = keyOf(p.carrier(), Role.CARRIER);
    ApiClient api = new ApiClient(port);

    assertThat(get("/api/my-buy-rates", key).body())
        .contains("Buy-" + tag)
        .doesNotContain("Sell-" + tag);
    assertThat(get("/api/my-rates", key).statusCode()).isEqualTo(403);

    HttpResponse<String> sent =
        api.text(
            "POST",
            "/api/my-buy-rates/uploads?mode=ADD&fileName=june.csv",
            key,
            "text/csv",
            RatingFixtures.HEADER + "99741,Buy-" + tag + ",0.008,0,60,6,2026-01-01,\n");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    assertThat(sent.body()).contains("\"status\":\"DRAFT\"", "\"number\":2");
    assertThat(cards.get(admin(), p.buy().id()).activeVersionNumber()).isEqualTo(1);

    HttpResponse<String> broken =
        api.text(
            "POST",
            "/api/my-buy-rates/uploads",
            key,
            "text/csv",
            RatingFixtures.HEADER
                + "99741,Ok,0.008,0,60,6,2026-01-01,\n"
                + "99742,Bad,0.008,0,0,6,2026-01-01,\n");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
    assertThat(broken.body()).contains("\"line\":3", "nothing was stored");
    assertThat(get("/api/my-buy-rates/versions", key).body())
        .contains("\"number\":2")
        .doesNotContain("\"number\":3");

    String customerKey = keyOf(p.customer(), Role.CUSTOMER);
    assertThat(
            api.text(
                    "POST",
                    "/api/my-buy-rates/uploads",
                    customerKey,
                    "text/csv",
                    RatingFixtures.HEADER + "1,X,1,0,1,1,2026-01-01,\n")
                .statusCode())
        .isEqualTo(403);
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
