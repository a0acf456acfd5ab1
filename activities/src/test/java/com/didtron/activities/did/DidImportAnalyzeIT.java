package com.didtron.activities.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.did.NumberType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large import leaves the planner knowing its rows: the import analyzes did_inventory (as the
 * table's owner, V10_11_1), so the statistics count the new numbers at once and the customer search
 * over them walks an index instead of scanning the table.
 */
class DidImportAnalyzeIT extends ActivitiesIT {
  private static final int NUMBERS = 50_000;

  @Autowired DidInventory inventory;
  @Autowired DidOffers offers;
  @Autowired DidPrices prices;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  @Test
  void aLargeImportAnalyzesTheInventoryAndTheSearchStaysOnAnIndex() {
    DidTestTenant t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "1.00");
    StringBuilder csv = new StringBuilder(DidTestTenant.HEADER).append('\n');
    String[] countries = {"DE", "FR", "NL", "GB"};
    NumberType[] types = {NumberType.GEOGRAPHIC, NumberType.MOBILE, NumberType.TOLL_FREE};
    for (int g = 1; g <= NUMBERS; g++) {
      csv.append(
              DidTestTenant.line(
                  String.valueOf(491500000000L + g * 7L),
                  countries[g % 4],
                  "Area " + (g % 50),
                  types[g % 3],
                  "0.50"))
          .append('\n');
    }

    InventoryImport outcome =
        inventory.importCsv(
            t.admin(),
            "bulk",
            null,
            "big.csv",
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(outcome).isInstanceOf(InventoryImport.Imported.class);
    long rows = db.fetchOne("SELECT count(*) FROM did_inventory").get(0, Long.class);
    double reltuples =
        db.fetchOne("SELECT reltuples::float8 FROM pg_class WHERE oid = 'did_inventory'::regclass")
            .get(0, Double.class);
    // without the analyze the statistics would still describe the table before the import
    assertThat(rows).isGreaterThanOrEqualTo(NUMBERS);
    assertThat(reltuples).isBetween(rows * 0.9, rows * 1.1);

    String plan =
        String.join(
            "\n",
            offers.plan(
                t.admin().tenantId().value(),
                DidSearch.of("DE", "GEOGRAPHIC", null, null, null, 50),
                true,
                Instant.now()));
    assertThat(plan).contains("Index").doesNotContain("Seq Scan on did_inventory");
  }
}
