package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every CSV export is safe to open in a spreadsheet: text cells that start with = + - @ (or a tab
 * or carriage return) get a leading single quote; plain numbers, negative amounts included, stay
 * numbers.
 */
class SpreadsheetSafeExportIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired CdrIngestService ingest;
  @Autowired CdrQueryService cdrs;
  @Autowired ApiKeyService keys;

  @Test
  void cdrExportsNeutraliseFormulaCellsAndKeepNegativeAmountsAsNumbers() {
    // sold at 0.0100/min, bought at 0.0200/min: a 60 s call loses 0.010000
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "44,UK,0.0100,0,60,60,2026-01-01,\n", "44,UK,0.0200,0,60,60,2026-01-01,\n");
    String who = "," + p.customer().name() + "," + p.carrier().name() + ",";
    String csv =
        RatingFixtures.CDR_HEADER
            + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""
            + who
            + "@SUM(A1),4420,2026-11-03T10:00:00Z,60\n"
            + "plain"
            + who
            + "-2+3,4420,2026-11-03T11:00:00Z,60\n";
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("xl"), "x.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    String staff = export(admin(), p.customer());
    assertThat(staff)
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
        .contains(",'@SUM(A1),")
        .contains(",'-2+3,")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain(",@SUM")
        .doesNotContain(",-2+3");
    assertThat(staff.lines().skip(1)).allMatch(l -> l.endsWith(",-0.010000"));

    String customer =
        export(actorOf(fixtures.portalUser(admin(), p.customer(), Role.CUSTOMER)), null);
    assertThat(customer).contains("\"'=HYPERLINK(").contains(",'@SUM(A1),").contains(",'-2+3,");
  }

  @Test
  void deckExportsNeutraliseFormulaDestinations() throws Exception {
    Account carrier = rating.account(admin(), Fixtures.unique("Deck"), AccountKind.CARRIER, "USD");
    var version =
        rating.activate(
            admin(),
            rating.card(admin(), carrier, DeckSide.BUY),
            ImportMode.REPLACE,
            RatingFixtures.HEADER
                + "44,=cmd|' /C calc'!A0,0.0100,0,60,6,2026-01-01,\n33,+France,0.0200,0,60,6,2026-01-01,\n");
    String key = keys.create(admin(), "deck").secret();
    var r =
        new ApiClient(port)
            .text("GET", "/api/rate-cards/versions/" + version.id() + "/export", key, null, null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("33,'+France,0.0200,").contains("44,'=cmd|' /C calc'!A0,0.0100,");
  }

  private String export(Actor actor, Account customer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cdrs.export(
        actor,
        new CdrFilter(
            customer == null ? null : customer.id().value(), null, null, null, null, null),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
